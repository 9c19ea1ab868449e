# Draws the noise and the interpolation weights of all n_critic critic steps at once, as (n_critic, n, latent_dim) and
# (n_critic, n, 1) tensors from the seed generator, and gives critic step i its own slice i: each critic step still gets
# fresh noise and its own alpha per example; the gradients are applied with apply_gradients(zip(...)).
class WGANGP(WGANGP):
    def train_step(self, data):
        real, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        n = ops.shape(real)[0]
        alphas = keras.random.uniform((self.n_critic, n, 1), seed=self.seed_generator)
        noises = keras.random.normal((self.n_critic, n, self.latent_dim), seed=self.seed_generator)
        critic_vars = self.critic.trainable_variables
        for step in range(self.n_critic):
            fake = self.generator(noises[step], training=False)
            with tf.GradientTape() as tape:
                c_loss = self.critic_loss_fn(self.critic(real, training=True), self.critic(fake, training=True))
                gp = self.penalty_fn(self.critic, real, fake, alphas[step])
                loss = c_loss + self.gp_weight * gp
            grads = tape.gradient(loss, critic_vars)
            self.c_optimizer.apply_gradients(zip(grads, critic_vars))
            self.c_loss_tracker.update_state(c_loss)
            self.gp_tracker.update_state(gp)

        z = keras.random.normal((n, self.latent_dim), seed=self.seed_generator)
        with tf.GradientTape() as tape:
            g_loss = self.g_loss_fn(self.critic(self.generator(z, training=True), training=False))
        grads = tape.gradient(g_loss, self.generator.trainable_variables)
        self.g_optimizer.apply_gradients(zip(grads, self.generator.trainable_variables))
        self.g_loss_tracker.update_state(g_loss)
        return {m.name: m.result() for m in self.metrics}
