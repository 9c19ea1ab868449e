# Calls compute_loss and the compiled metrics' update_state with positional and keyword arguments (y_true=, y_pred=)
# and takes the gradient norm as ops.norm of all gradients flattened and concatenated into one vector.
class CustomFitModel(keras.Model):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.grad_norm_tracker = keras.metrics.Mean(name="grad_norm")

    def train_step(self, data):
        x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(x, y, y_pred, sample_weight)
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        grad_norm = ops.norm(ops.concatenate([ops.reshape(g, (-1,)) for g in grads], axis=0))
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss)
            elif metric.name == "grad_norm":
                metric.update_state(grad_norm)
            else:
                metric.update_state(y_true=y, y_pred=y_pred, sample_weight=sample_weight)
        return {metric.name: metric.result() for metric in self.metrics}
