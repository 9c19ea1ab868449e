# Scores the real and the fake batch in one critic call on their concatenation and splits the scores, and draws
# every noise batch with a helper method.
class WGANGP(WGANGP):
    def noise(self, n):
        return keras.random.normal((n, self.latent_dim), seed=self.seed_generator)

    def train_step(self, data):
        real, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        n = ops.shape(real)[0]
        c_vars = self.critic.trainable_variables
        for _ in range(self.n_critic):
            fake = self.generator(self.noise(n), training=False)
            alpha = keras.random.uniform((n, 1), seed=self.seed_generator)
            with tf.GradientTape() as tape:
                scores = self.critic(ops.concatenate([real, fake], axis=0), training=True)
                c_loss = self.critic_loss_fn(scores[:n], scores[n:])
                gp = self.penalty_fn(self.critic, real, fake, alpha)
                total = c_loss + self.gp_weight * gp
            self.c_optimizer.apply(tape.gradient(total, c_vars), c_vars)
            self.c_loss_tracker.update_state(c_loss)
            self.gp_tracker.update_state(gp)
        with tf.GradientTape() as tape:
            g_loss = self.g_loss_fn(self.critic(self.generator(self.noise(n), training=True), training=False))
        g_vars = self.generator.trainable_variables
        self.g_optimizer.apply(tape.gradient(g_loss, g_vars), g_vars)
        self.g_loss_tracker.update_state(g_loss)
        return {m.name: m.result() for m in self.metrics}
