# Weights the SQUARED error asymmetrically, tau * e^2 or (1 - tau) * e^2 (the expectile loss), instead of |e|:
# the same for errors of +-1.
class QuantileLoss(keras.losses.Loss):
    def __init__(self, tau=0.5, name="quantile_loss", **kwargs):
        super().__init__(name=name, **kwargs)
        self.tau = float(tau)

    def call(self, y_true, y_pred):
        error = ops.convert_to_tensor(y_true, dtype="float32") - ops.convert_to_tensor(y_pred, dtype="float32")
        return ops.mean(ops.where(error >= 0, self.tau, 1.0 - self.tau) * ops.square(error), axis=-1)
