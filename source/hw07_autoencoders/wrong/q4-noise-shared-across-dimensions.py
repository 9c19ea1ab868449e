# Draws one epsilon per example and broadcasts it over the latent dimensions: every coordinate of z moves together, so
# the codes lie on a line instead of filling the k-dimensional Gaussian.
class Sampling(Sampling):
    def call(self, inputs):
        z_mean, z_log_var = inputs
        epsilon = keras.random.normal((ops.shape(z_mean)[0], 1), seed=self.seed_generator)
        return z_mean + ops.exp(0.5 * z_log_var) * epsilon
