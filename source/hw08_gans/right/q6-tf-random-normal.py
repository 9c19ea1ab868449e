# Draws the noise with TensorFlow's stateful tf.random.normal (as keras.io's WGAN-GP example does) instead of the
# model's SeedGenerator: still standard normal and new at every call of the traced step, only not reproducible.
class GAN(GAN):
    def train_step(self, data):
        real, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        n = tf.shape(real)[0]
        z = tf.random.normal((n, self.latent_dim))
        fake = self.generator(z, training=False)
        with tf.GradientTape() as tape:
            d_loss = self.d_loss_fn(self.discriminator(real, training=True),
                                    self.discriminator(fake, training=True))
        d_vars = self.discriminator.trainable_variables
        self.d_optimizer.apply(tape.gradient(d_loss, d_vars), d_vars)

        z = tf.random.normal((n, self.latent_dim))
        with tf.GradientTape() as tape:
            g_loss = self.g_loss_fn(self.discriminator(self.generator(z, training=True), training=False))
        g_vars = self.generator.trainable_variables
        self.g_optimizer.apply(tape.gradient(g_loss, g_vars), g_vars)

        self.d_loss_tracker.update_state(d_loss)
        self.g_loss_tracker.update_state(g_loss)
        return {m.name: m.result() for m in self.metrics}
