# Takes the standard deviation as ops.sqrt(ops.exp(z_log_var)) instead of ops.exp(0.5 * z_log_var), draws epsilon
# with the shape of z_log_var and explicit mean=0, stddev=1, and combines with ops.add / ops.multiply: the same
# reparameterised sample z = mu + sigma * epsilon, drawn with the layer's own seed generator.
class Sampling(layers.Layer):
    def __init__(self, seed=None, **kwargs):
        super().__init__(**kwargs)
        self.seed_generator = keras.random.SeedGenerator(seed)

    def call(self, inputs):
        z_mean, z_log_var = inputs
        sigma = ops.sqrt(ops.exp(z_log_var))
        epsilon = keras.random.normal(ops.shape(z_log_var), mean=0.0, stddev=1.0, seed=self.seed_generator)
        return ops.add(z_mean, ops.multiply(sigma, epsilon))
