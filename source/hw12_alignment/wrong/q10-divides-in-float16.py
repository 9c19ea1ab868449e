# Divides while still in float16 and converts afterwards: small gradients underflow to zero all the same.
class DynamicLossScaler(DynamicLossScaler):
    def unscale(self, scaled_grads):
        grads = [(np.asarray(g) / self.scale).astype(np.float32) for g in scaled_grads]
        return grads, bool(all(np.all(np.isfinite(g)) for g in grads))
