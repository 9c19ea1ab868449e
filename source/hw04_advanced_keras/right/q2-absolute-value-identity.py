# Uses the identity max(tau e, (tau - 1) e) = |e| / 2 + (tau - 1/2) e (with ops.abs) instead of ops.maximum: equal for
# every e.
class QuantileLoss(keras.losses.Loss):
    def __init__(self, tau=0.5, name="quantile_loss", **kwargs):
        super().__init__(name=name, **kwargs)
        self.tau = float(tau)

    def call(self, y_true, y_pred):
        y_true = ops.convert_to_tensor(y_true, dtype="float32")
        y_pred = ops.convert_to_tensor(y_pred, dtype="float32")
        error = y_true - y_pred
        return ops.mean(0.5 * ops.abs(error) + (self.tau - 0.5) * error, axis=-1)

    def get_config(self):
        config = super().get_config()
        config.update({"tau": self.tau})
        return config
