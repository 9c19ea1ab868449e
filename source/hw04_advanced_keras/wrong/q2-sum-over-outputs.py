# Sums the pinball losses over the last axis instead of averaging them.
class QuantileLoss(keras.losses.Loss):
    def __init__(self, tau=0.5, name="quantile_loss", **kwargs):
        super().__init__(name=name, **kwargs)
        self.tau = float(tau)
    def call(self, y_true, y_pred):
        error = ops.convert_to_tensor(y_true, dtype="float32") - ops.convert_to_tensor(y_pred, dtype="float32")
        return ops.sum(ops.maximum(self.tau * error, (self.tau - 1.0) * error), axis=-1)
    def get_config(self):
        config = super().get_config()
        config.update({"tau": self.tau})
        return config
