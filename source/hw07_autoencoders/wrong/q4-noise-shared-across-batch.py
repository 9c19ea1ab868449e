# Draws one epsilon of shape (k,), from the latent size alone, and broadcasts it over the batch: every example gets
# the same noise, so every image of a batch moves by the same random offset.
class Sampling(Sampling):
    def call(self, inputs):
        z_mean, z_log_var = inputs
        epsilon = keras.random.normal(ops.shape(z_mean)[-1:], seed=self.seed_generator)
        return z_mean + ops.exp(0.5 * z_log_var) * epsilon
