# Passes the prediction and the target to self.compute_loss in PyTorch's (input, target) order, y=y_pred and y_pred=y:
# the same loss for the symmetric MSE and MAE, another one for any loss that treats y_true and y_pred differently.
class CustomFitModel(keras.Model):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.grad_norm_tracker = keras.metrics.Mean(name="grad_norm")

    def train_step(self, data):
        x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(x, y_pred, y, sample_weight)
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        grad_norm = ops.sqrt(sum(ops.sum(ops.square(g)) for g in grads))
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss)
            elif metric.name == "grad_norm":
                metric.update_state(grad_norm)
            else:
                metric.update_state(y, y_pred, sample_weight=sample_weight)
        return {metric.name: metric.result() for metric in self.metrics}
