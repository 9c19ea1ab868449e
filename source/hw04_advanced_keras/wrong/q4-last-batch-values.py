# Returns the current batch's loss, mae and gradient norm instead of the metrics' results, so fit reports each epoch's
# last batch, not the epoch mean.
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
        grad_norm = ops.sqrt(sum(ops.sum(ops.square(g)) for g in grads))
        return {"loss": loss, "mae": ops.mean(ops.abs(y - y_pred)), "grad_norm": grad_norm}
