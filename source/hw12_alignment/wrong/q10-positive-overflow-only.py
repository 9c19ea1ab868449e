# Tests g < inf ("an overflow is a value too large"): nan and +inf are caught, but a gradient that overflowed to -inf
# passes as finite.
class DynamicLossScaler(DynamicLossScaler):
    def unscale(self, scaled_grads):
        grads = [np.asarray(g).astype(np.float32) / np.float32(self.scale) for g in scaled_grads]
        return grads, all(bool(np.all(g < np.inf)) for g in grads)
