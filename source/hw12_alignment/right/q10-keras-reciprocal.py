# Unscales as TensorFlow's Keras 2 LossScaleOptimizer did, multiplying by the reciprocal 1 / scale cast to float32
# (exact for a power-of-two scale), and tests finiteness with np.isfinite over each float32 array before it is scaled.
class DynamicLossScaler(DynamicLossScaler):
    def unscale(self, scaled_grads):
        inverse = np.float32(1.0 / self.scale)
        grads, finite = [], True
        for g in scaled_grads:
            g32 = np.asarray(g).astype(np.float32)
            finite = finite and bool(np.isfinite(g32).all())
            grads.append(g32 * inverse)
        return grads, finite
