# Draws epsilon with NumPy: right on concrete arrays, but a functional model's symbolic batch has no size yet.
class Sampling(layers.Layer):
    def __init__(self, seed=None, **kwargs):
        super().__init__(**kwargs)
        self.rng = np.random.default_rng(seed)

    def call(self, inputs):
        z_mean, z_log_var = inputs
        epsilon = self.rng.standard_normal(tuple(z_mean.shape)).astype("float32")
        return z_mean + ops.exp(0.5 * z_log_var) * epsilon
