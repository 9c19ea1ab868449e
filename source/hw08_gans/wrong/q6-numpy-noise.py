# Draws the noise with NumPy, np.random.normal, inside train_step: fit traces the step into a graph once, so each
# draw is frozen into it as a constant and every batch, in every epoch, reuses the same two batches of noise.
class GAN(GAN):
    def train_step(self, data):
        real, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        n = ops.shape(real)[0]
        z = np.random.normal(size=(n, self.latent_dim)).astype("float32")
        fake = self.generator(z, training=False)
        with tf.GradientTape() as tape:
            d_loss = self.d_loss_fn(self.discriminator(real, training=True),
                                    self.discriminator(fake, training=True))
        d_vars = self.discriminator.trainable_variables
        self.d_optimizer.apply(tape.gradient(d_loss, d_vars), d_vars)

        z = np.random.normal(size=(n, self.latent_dim)).astype("float32")
        with tf.GradientTape() as tape:
            g_loss = self.g_loss_fn(self.discriminator(self.generator(z, training=True), training=False))
        g_vars = self.generator.trainable_variables
        self.g_optimizer.apply(tape.gradient(g_loss, g_vars), g_vars)

        self.d_loss_tracker.update_state(d_loss)
        self.g_loss_tracker.update_state(g_loss)
        return {m.name: m.result() for m in self.metrics}
