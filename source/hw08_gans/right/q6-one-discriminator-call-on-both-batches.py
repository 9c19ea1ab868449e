# Scores the real and the fake batch in one discriminator call on their concatenation and splits the scores (the
# discriminator has no batch normalisation, so each score is that example's alone: the same d_real and d_fake), applies
# the gradients with apply_gradients(zip(...)), keeps the trackers in a tuple and returns the dictionary by name: the
# same train_step.
class GAN(keras.Model):
    def __init__(self, generator, discriminator, seed=None, d_loss_fn=None, g_loss_fn=None, **kwargs):
        super().__init__(**kwargs)
        self.generator = generator
        self.discriminator = discriminator
        self.latent_dim = int(generator.input_shape[-1])
        self.seed_generator = keras.random.SeedGenerator(seed)
        self.d_loss_fn = d_loss_fn or discriminator_loss
        self.g_loss_fn = g_loss_fn or generator_loss_nonsaturating
        self.trackers = (keras.metrics.Mean("d_loss"), keras.metrics.Mean("g_loss"))

    def compile(self, d_optimizer, g_optimizer, **kwargs):
        super().compile(**kwargs)
        self.d_optimizer = d_optimizer
        self.g_optimizer = g_optimizer

    @property
    def metrics(self):
        return list(self.trackers)

    def call(self, z):
        return self.generator(z)

    def train_step(self, data):
        real, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        n = ops.shape(real)[0]
        noise = keras.random.normal((n, self.latent_dim), seed=self.seed_generator)
        fake = self.generator(noise, training=False)
        both = ops.concatenate([ops.cast(real, fake.dtype), fake], axis=0)
        with tf.GradientTape() as tape:
            scores = self.discriminator(both, training=True)
            d_loss = self.d_loss_fn(scores[:n], scores[n:])
        grads = tape.gradient(d_loss, self.discriminator.trainable_variables)
        self.d_optimizer.apply_gradients(zip(grads, self.discriminator.trainable_variables))

        noise = keras.random.normal((n, self.latent_dim), seed=self.seed_generator)
        with tf.GradientTape() as tape:
            g_loss = self.g_loss_fn(self.discriminator(self.generator(noise, training=True), training=False))
        grads = tape.gradient(g_loss, self.generator.trainable_variables)
        self.g_optimizer.apply_gradients(zip(grads, self.generator.trainable_variables))

        d_tracker, g_tracker = self.trackers
        d_tracker.update_state(d_loss)
        g_tracker.update_state(g_loss)
        return {"d_loss": d_tracker.result(), "g_loss": g_tracker.result()}
