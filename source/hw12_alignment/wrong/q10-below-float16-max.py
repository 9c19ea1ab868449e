# Calls an entry finite when |g| < 65504, float16's largest value: 65504 itself is a finite number, yet counted as an
# overflow (nan and inf are caught, since nan < x is False).
class DynamicLossScaler(DynamicLossScaler):
    def unscale(self, scaled_grads):
        limit = np.finfo(np.float16).max
        finite = all(bool(np.all(np.abs(np.asarray(g)) < limit)) for g in scaled_grads)
        grads = [np.asarray(g).astype(np.float32) / np.float32(self.scale) for g in scaled_grads]
        return grads, finite
