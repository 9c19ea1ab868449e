# Applies the generator loss's gradient to self.trainable_variables, both networks, with g_optimizer: every generator
# step also moves the discriminator, training it to be fooled (to score the fakes as real).
class GAN(GAN):
    def train_step(self, data):
        real, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        n = ops.shape(real)[0]
        z = keras.random.normal((n, self.latent_dim), seed=self.seed_generator)
        fake = self.generator(z, training=False)
        with tf.GradientTape() as tape:
            d_loss = self.d_loss_fn(self.discriminator(real, training=True),
                                    self.discriminator(fake, training=True))
        d_vars = self.discriminator.trainable_variables
        self.d_optimizer.apply(tape.gradient(d_loss, d_vars), d_vars)

        z = keras.random.normal((n, self.latent_dim), seed=self.seed_generator)
        with tf.GradientTape() as tape:
            g_loss = self.g_loss_fn(self.discriminator(self.generator(z, training=True), training=False))
        self.g_optimizer.apply(tape.gradient(g_loss, self.trainable_variables), self.trainable_variables)

        self.d_loss_tracker.update_state(d_loss)
        self.g_loss_tracker.update_state(g_loss)
        return {m.name: m.result() for m in self.metrics}
