# Weights the penalty with keras.ops, ops.add(c_loss, ops.multiply(self.gp_weight, gp)), draws alpha after the fakes
# and updates the two critic trackers once per step from a dict.
class WGANGP(WGANGP):
    def train_step(self, data):
        real, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        n = ops.shape(real)[0]
        for _ in range(self.n_critic):
            fake = self.generator(keras.random.normal((n, self.latent_dim), seed=self.seed_generator), training=False)
            alpha = keras.random.uniform((n, 1), seed=self.seed_generator)
            with tf.GradientTape() as tape:
                c_loss = self.critic_loss_fn(self.critic(real, training=True), self.critic(fake, training=True))
                gp = self.penalty_fn(self.critic, real, fake, alpha)
                total = ops.add(c_loss, ops.multiply(self.gp_weight, gp))
            grads = tape.gradient(total, self.critic.trainable_variables)
            self.c_optimizer.apply(grads, self.critic.trainable_variables)
            for tracker, value in {self.c_loss_tracker: c_loss, self.gp_tracker: gp}.items():
                tracker.update_state(value)
        z = keras.random.normal((n, self.latent_dim), seed=self.seed_generator)
        with tf.GradientTape() as tape:
            g_loss = self.g_loss_fn(self.critic(self.generator(z, training=True), training=False))
        self.g_optimizer.apply(tape.gradient(g_loss, self.generator.trainable_variables),
                               self.generator.trainable_variables)
        self.g_loss_tracker.update_state(g_loss)
        return {m.name: m.result() for m in self.metrics}
