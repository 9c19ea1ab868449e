# Indents `return grads, True` one level too deep, inside the loop: unscale answers after checking the FIRST array, so
# an inf or nan in a later array goes unnoticed.
class DynamicLossScaler(DynamicLossScaler):
    def unscale(self, scaled_grads):
        grads = [np.asarray(g).astype(np.float32) / np.float32(self.scale) for g in scaled_grads]
        for g in grads:
            if not np.all(np.isfinite(g)):
                return grads, False
            return grads, True
