# Overwrites `finite` in the loop over the arrays: only the LAST array decides, an inf in an earlier one goes unnoticed.
class DynamicLossScaler(DynamicLossScaler):
    def unscale(self, scaled_grads):
        grads, finite = [], True
        for g in scaled_grads:
            g = np.asarray(g).astype(np.float32) / np.float32(self.scale)
            finite = bool(np.all(np.isfinite(g)))
            grads.append(g)
        return grads, finite
