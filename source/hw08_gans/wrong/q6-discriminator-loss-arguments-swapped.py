# Hands the discriminator's scores to self.d_loss_fn in the wrong order, d_loss_fn(D(fake), D(real)) (the fakes first,
# as keras.io's DCGAN example stacks them with label 1): the discriminator is trained to call the fakes real.
class GAN(GAN):
    def train_step(self, data):
        real, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        n = ops.shape(real)[0]
        z = keras.random.normal((n, self.latent_dim), seed=self.seed_generator)
        fake = self.generator(z, training=False)
        with tf.GradientTape() as tape:
            d_loss = self.d_loss_fn(self.discriminator(fake, training=True),
                                    self.discriminator(real, training=True))
        d_vars = self.discriminator.trainable_variables
        self.d_optimizer.apply(tape.gradient(d_loss, d_vars), d_vars)

        z = keras.random.normal((n, self.latent_dim), seed=self.seed_generator)
        with tf.GradientTape() as tape:
            g_loss = self.g_loss_fn(self.discriminator(self.generator(z, training=True), training=False))
        g_vars = self.generator.trainable_variables
        self.g_optimizer.apply(tape.gradient(g_loss, g_vars), g_vars)

        self.d_loss_tracker.update_state(d_loss)
        self.g_loss_tracker.update_state(g_loss)
        return {m.name: m.result() for m in self.metrics}
