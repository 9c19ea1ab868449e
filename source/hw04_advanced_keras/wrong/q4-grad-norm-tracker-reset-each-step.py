# Resets its own grad_norm tracker before updating it in every step (the loss and compiled metrics are left alone), so
# the tracker holds one batch and fit reports each epoch's last batch for grad_norm, not the epoch mean.
class CustomFitModel(keras.Model):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.grad_norm_tracker = keras.metrics.Mean(name="grad_norm")

    def train_step(self, data):
        x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(x=x, y=y, y_pred=y_pred, sample_weight=sample_weight)
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        self.grad_norm_tracker.reset_state()
        self.grad_norm_tracker.update_state(ops.sqrt(sum(ops.sum(ops.square(g)) for g in grads)))
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss)
            elif metric.name != "grad_norm":
                metric.update_state(y, y_pred, sample_weight=sample_weight)
        return {metric.name: metric.result() for metric in self.metrics}
