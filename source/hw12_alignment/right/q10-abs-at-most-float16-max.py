# Calls the step finite when every |entry| is at most 65504, float16's largest value (nan and +-inf fail <=).
class DynamicLossScaler(DynamicLossScaler):
    def unscale(self, scaled_grads):
        limit = float(np.finfo(np.float16).max)
        finite = all(bool(np.all(np.abs(np.asarray(g, dtype=np.float32)) <= limit)) for g in scaled_grads)
        return [np.asarray(g).astype(np.float32) / np.float32(self.scale) for g in scaled_grads], finite
