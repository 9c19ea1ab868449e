# Draws alpha with the images' shape, keras.random.uniform(ops.shape(real)), one weight per pixel instead of one per
# example, shape (n, 1): each x_hat then leaves the segment between its real and its fake example.
class WGANGP(WGANGP):
    def train_step(self, data):
        real, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        n = ops.shape(real)[0]
        c_vars = self.critic.trainable_variables
        for _ in range(self.n_critic):
            z = keras.random.normal((n, self.latent_dim), seed=self.seed_generator)
            alpha = keras.random.uniform(ops.shape(real), seed=self.seed_generator)   # one per pixel
            fake = self.generator(z, training=False)
            with tf.GradientTape() as tape:
                c_loss = self.critic_loss_fn(self.critic(real, training=True), self.critic(fake, training=True))
                gp = self.penalty_fn(self.critic, real, fake, alpha)
                total = c_loss + self.gp_weight * gp
            self.c_optimizer.apply(tape.gradient(total, c_vars), c_vars)
            self.c_loss_tracker.update_state(c_loss)
            self.gp_tracker.update_state(gp)
        z = keras.random.normal((n, self.latent_dim), seed=self.seed_generator)
        with tf.GradientTape() as tape:
            g_loss = self.g_loss_fn(self.critic(self.generator(z, training=True), training=False))
        g_vars = self.generator.trainable_variables
        self.g_optimizer.apply(tape.gradient(g_loss, g_vars), g_vars)
        self.g_loss_tracker.update_state(g_loss)
        return {m.name: m.result() for m in self.metrics}
