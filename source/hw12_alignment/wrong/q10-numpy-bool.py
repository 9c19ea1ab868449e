# Returns np.all(...) as it is, a NumPy bool (np.True_), where a Python bool is asked for: `finite is True` fails.
class DynamicLossScaler(DynamicLossScaler):
    def unscale(self, scaled_grads):
        grads = [np.asarray(g).astype(np.float32) / np.float32(self.scale) for g in scaled_grads]
        return grads, np.all([np.all(np.isfinite(g)) for g in grads])
