# Draws epsilon with keras.random.normal(ops.shape(z_mean)) and no seed: the layer's seed is ignored, so two layers
# created with the same seed give different noise.
class Sampling(Sampling):
    def call(self, inputs):
        z_mean, z_log_var = inputs
        epsilon = keras.random.normal(ops.shape(z_mean))
        return z_mean + ops.exp(0.5 * z_log_var) * epsilon
