# Lets keras.random.normal shift and scale the draw itself, mean=z_mean and stddev=ops.exp(0.5 * z_log_var), with
# the layer's own seed generator: the same z = mu + sigma * epsilon, differentiable in mu and sigma.
class Sampling(layers.Layer):
    def __init__(self, seed=None, **kwargs):
        super().__init__(**kwargs)
        self.seed_generator = keras.random.SeedGenerator(seed)

    def call(self, inputs):
        z_mean, z_log_var = inputs
        return keras.random.normal(ops.shape(z_mean), mean=z_mean, stddev=ops.exp(0.5 * z_log_var),
                                   seed=self.seed_generator)
