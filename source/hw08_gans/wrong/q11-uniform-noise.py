# Draws the noise z from U(-1, 1) (the DCGAN paper's noise), keras.random.uniform(..., minval=-1.0), instead of
# N(0, I): its variance is 1/3, and the generator never sees the larger |z| of the normal noise the notebook
# samples digits with.
class WGANGP(WGANGP):
    def train_step(self, data):
        real, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        n = ops.shape(real)[0]
        c_vars = self.critic.trainable_variables
        for _ in range(self.n_critic):
            z = keras.random.uniform((n, self.latent_dim), minval=-1.0, maxval=1.0, seed=self.seed_generator)
            alpha = keras.random.uniform((n, 1), seed=self.seed_generator)
            fake = self.generator(z, training=False)
            with tf.GradientTape() as tape:
                c_loss = self.critic_loss_fn(self.critic(real, training=True), self.critic(fake, training=True))
                gp = self.penalty_fn(self.critic, real, fake, alpha)
                total = c_loss + self.gp_weight * gp
            self.c_optimizer.apply(tape.gradient(total, c_vars), c_vars)
            self.c_loss_tracker.update_state(c_loss)
            self.gp_tracker.update_state(gp)
        z = keras.random.uniform((n, self.latent_dim), minval=-1.0, maxval=1.0, seed=self.seed_generator)
        with tf.GradientTape() as tape:
            g_loss = self.g_loss_fn(self.critic(self.generator(z, training=True), training=False))
        g_vars = self.generator.trainable_variables
        self.g_optimizer.apply(tape.gradient(g_loss, g_vars), g_vars)
        self.g_loss_tracker.update_state(g_loss)
        return {m.name: m.result() for m in self.metrics}
