# Writes rho_tau with ops.where on the sign of the error (tau * e where e >= 0, (tau - 1) * e otherwise) instead of
# ops.maximum: the same piecewise function.
class QuantileLoss(keras.losses.Loss):
    def __init__(self, tau=0.5, name="quantile_loss", **kwargs):
        super().__init__(name=name, **kwargs)
        self.tau = float(tau)

    def call(self, y_true, y_pred):
        y_true = ops.convert_to_tensor(y_true, dtype="float32")
        y_pred = ops.convert_to_tensor(y_pred, dtype="float32")
        error = y_true - y_pred
        return ops.mean(ops.where(error >= 0, self.tau * error, (self.tau - 1.0) * error), axis=-1)

    def get_config(self):
        config = super().get_config()
        config.update({"tau": self.tau})
        return config
