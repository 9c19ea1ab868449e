# Degenerate stub: call returns a per-sample loss of zero whatever y_true and y_pred.
class QuantileLoss(keras.losses.Loss):
    def __init__(self, tau=0.5, name="quantile_loss", **kwargs):
        super().__init__(name=name, **kwargs)
        self.tau = float(tau)

    def call(self, y_true, y_pred):
        y_true = ops.convert_to_tensor(y_true, dtype="float32")
        return ops.zeros(ops.shape(y_true)[:-1])
