# Recognises the grad-norm metric by identity (metric is self.grad_norm_tracker) rather than by name, computes the
# global norm from the stacked per-variable sums of squares, and passes compute_loss's arguments by keyword in another
# order: the same update and the same metrics.
class CustomFitModel(keras.Model):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.grad_norm_tracker = keras.metrics.Mean(name="grad_norm")

    def train_step(self, data):
        x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(x=x, y=y, sample_weight=sample_weight, y_pred=y_pred)
        variables = self.trainable_variables
        grads = tape.gradient(loss, variables)
        self.optimizer.apply(grads, variables)
        grad_norm = ops.sqrt(ops.sum(ops.stack([ops.sum(g * g) for g in grads])))
        for metric in self.metrics:
            if metric is self.grad_norm_tracker:
                metric.update_state(grad_norm)
            elif metric.name == "loss":
                metric.update_state(loss)
            else:
                metric.update_state(y, y_pred, sample_weight=sample_weight)
        return {metric.name: metric.result() for metric in self.metrics}
