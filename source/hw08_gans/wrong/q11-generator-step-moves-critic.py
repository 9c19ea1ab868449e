# The generator step applies its gradient to every trainable variable of the model, the critic's included: the critic is trained to be fooled.
class WGANGP(keras.Model):
    """A generator and a critic trained by fit with the WGAN-GP recipe: n_critic critic steps, each with the
    gradient penalty, before every generator step."""

    def __init__(self, generator, critic, n_critic=5, gp_weight=10.0, seed=None, critic_loss_fn=None,
                 g_loss_fn=None, penalty_fn=None, **kwargs):
        super().__init__(**kwargs)
        self.generator = generator
        self.critic = critic
        self.n_critic = int(n_critic)
        self.gp_weight = float(gp_weight)
        self.latent_dim = int(generator.input_shape[-1])
        self.seed_generator = keras.random.SeedGenerator(seed)
        self.critic_loss_fn = critic_loss_fn or critic_loss      # Question 8 unless another is given
        self.g_loss_fn = g_loss_fn or wgan_generator_loss        # Question 8
        self.penalty_fn = penalty_fn or gradient_penalty         # Question 9
        self.c_loss_tracker = keras.metrics.Mean(name="c_loss")  # means over the epoch's critic steps
        self.gp_tracker = keras.metrics.Mean(name="gp")
        self.g_loss_tracker = keras.metrics.Mean(name="g_loss")  # mean over the epoch's generator steps

    def compile(self, c_optimizer, g_optimizer, **kwargs):
        super().compile(**kwargs)
        self.c_optimizer = c_optimizer
        self.g_optimizer = g_optimizer

    @property
    def metrics(self):
        return [self.c_loss_tracker, self.gp_tracker, self.g_loss_tracker]

    def call(self, z):
        return self.generator(z)

    def train_step(self, data):
        real, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        n = ops.shape(real)[0]
        # 1. n_critic critic steps, each on fresh noise and fresh interpolation weights; G is held fixed
        c_vars = self.critic.trainable_variables
        for _ in range(self.n_critic):
            z = keras.random.normal((n, self.latent_dim), seed=self.seed_generator)
            alpha = keras.random.uniform((n, 1), seed=self.seed_generator)
            fake = self.generator(z, training=False)
            with tf.GradientTape() as tape:
                c_loss = self.critic_loss_fn(self.critic(real, training=True), self.critic(fake, training=True))
                gp = self.penalty_fn(self.critic, real, fake, alpha)
                total = c_loss + self.gp_weight * gp
            self.c_optimizer.apply(tape.gradient(total, c_vars), c_vars)
            self.c_loss_tracker.update_state(c_loss)
            self.gp_tracker.update_state(gp)

        # 2. one generator step: the gradient flows through the critic, only G's variables move
        z = keras.random.normal((n, self.latent_dim), seed=self.seed_generator)
        with tf.GradientTape() as tape:
            g_loss = self.g_loss_fn(self.critic(self.generator(z, training=True), training=False))
        g_vars = self.generator.trainable_variables + self.critic.trainable_variables
        self.g_optimizer.apply(tape.gradient(g_loss, g_vars), g_vars)
        self.g_loss_tracker.update_state(g_loss)
        return {m.name: m.result() for m in self.metrics}
