# Draws the noise of both steps in one call, 2n rows of N(0, I), and splits it: the first n rows make the
# discriminator step's fakes, the other n the generator step's, so each step still has its own noise.
class GAN(GAN):
    def train_step(self, data):
        real, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        n = ops.shape(real)[0]
        noise = keras.random.normal((2 * n, self.latent_dim), seed=self.seed_generator)
        z_d, z_g = noise[:n], noise[n:]
        fake = self.generator(z_d, training=False)
        with tf.GradientTape() as tape:
            d_loss = self.d_loss_fn(self.discriminator(real, training=True),
                                    self.discriminator(fake, training=True))
        d_vars = self.discriminator.trainable_variables
        self.d_optimizer.apply(tape.gradient(d_loss, d_vars), d_vars)

        with tf.GradientTape() as tape:
            g_loss = self.g_loss_fn(self.discriminator(self.generator(z_g, training=True), training=False))
        g_vars = self.generator.trainable_variables
        self.g_optimizer.apply(tape.gradient(g_loss, g_vars), g_vars)

        self.d_loss_tracker.update_state(d_loss)
        self.g_loss_tracker.update_state(g_loss)
        return {m.name: m.result() for m in self.metrics}
