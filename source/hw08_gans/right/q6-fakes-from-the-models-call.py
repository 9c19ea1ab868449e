# Makes the discriminator step's fakes with the model's own call, self(z, training=False), whose training flag reaches
# the generator, and applies both updates with the older spelling apply_gradients(zip(grads, variables)).
class GAN(GAN):
    @property
    def metrics(self):
        return (self.d_loss_tracker, self.g_loss_tracker)

    def train_step(self, data):
        real, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        n = ops.shape(real)[0]
        fake = self(keras.random.normal((n, self.latent_dim), seed=self.seed_generator), training=False)
        with tf.GradientTape() as tape:
            d_loss = self.d_loss_fn(self.discriminator(real, training=True), self.discriminator(fake, training=True))
        grads = tape.gradient(d_loss, self.discriminator.trainable_variables)
        self.d_optimizer.apply_gradients(zip(grads, self.discriminator.trainable_variables))
        noise = keras.random.normal((n, self.latent_dim), seed=self.seed_generator)
        with tf.GradientTape() as tape:
            generated = self.generator(noise, training=True)
            g_loss = self.g_loss_fn(self.discriminator(generated, training=False))
        grads = tape.gradient(g_loss, self.generator.trainable_variables)
        self.g_optimizer.apply_gradients(zip(grads, self.generator.trainable_variables))
        self.d_loss_tracker.update_state(d_loss)
        self.g_loss_tracker.update_state(g_loss)
        return {"d_loss": self.d_loss_tracker.result(), "g_loss": self.g_loss_tracker.result()}
