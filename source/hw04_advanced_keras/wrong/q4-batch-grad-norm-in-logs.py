# Skips the grad_norm tracker and puts the current batch's norm into the returned logs (logs["grad_norm"] = grad_norm):
# fit then reports each epoch's last batch for grad_norm, not the epoch mean.
class CustomFitModel(keras.Model):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

    def train_step(self, data):
        x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(x=x, y=y, y_pred=y_pred, sample_weight=sample_weight)
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        grad_norm = ops.sqrt(sum(ops.sum(ops.square(g)) for g in grads))
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss)
            else:
                metric.update_state(y, y_pred, sample_weight=sample_weight)
        logs = {metric.name: metric.result() for metric in self.metrics}
        logs["grad_norm"] = grad_norm
        return logs
