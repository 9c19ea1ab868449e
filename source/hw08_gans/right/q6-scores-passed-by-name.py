# Passes the two batches' scores to the loss by name, d_loss_fn(d_real=..., d_fake=...), and draws the noise with
# the mean and standard deviation written out, keras.random.normal(..., mean=0.0, stddev=1.0).
class GAN(GAN):
    def train_step(self, data):
        real, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        n = ops.shape(real)[0]
        z = keras.random.normal((n, self.latent_dim), mean=0.0, stddev=1.0, seed=self.seed_generator)
        fake = self.generator(z, training=False)
        with tf.GradientTape() as tape:
            d_fake = self.discriminator(fake, training=True)
            d_real = self.discriminator(real, training=True)
            d_loss = self.d_loss_fn(d_real=d_real, d_fake=d_fake)
        d_vars = self.discriminator.trainable_variables
        self.d_optimizer.apply(tape.gradient(d_loss, d_vars), d_vars)

        z = keras.random.normal((n, self.latent_dim), mean=0.0, stddev=1.0, seed=self.seed_generator)
        with tf.GradientTape() as tape:
            g_loss = self.g_loss_fn(self.discriminator(self.generator(z, training=True), training=False))
        g_vars = self.generator.trainable_variables
        self.g_optimizer.apply(tape.gradient(g_loss, g_vars), g_vars)

        self.d_loss_tracker.update_state(d_loss)
        self.g_loss_tracker.update_state(g_loss)
        return {m.name: m.result() for m in self.metrics}
