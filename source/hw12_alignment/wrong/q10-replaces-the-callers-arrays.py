# Writes the unscaled arrays back into the list it was given: the caller's scaled float16 gradients are replaced.
class DynamicLossScaler(DynamicLossScaler):
    def unscale(self, scaled_grads):
        for i, g in enumerate(scaled_grads):
            scaled_grads[i] = np.asarray(g).astype(np.float32) / np.float32(self.scale)
        return scaled_grads, all(bool(np.all(np.isfinite(g))) for g in scaled_grads)
