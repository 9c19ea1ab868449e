# Minimises and reports only the reconstruction loss: the KL term is computed but left out of "loss".
class VAE(keras.Model):
    def __init__(self, encoder, decoder, **kwargs):
        super().__init__(**kwargs)
        self.encoder = encoder
        self.decoder = decoder

    def call(self, x):
        return self.decoder(self.encoder(x)[2])

    def train_step(self, data):
        if isinstance(data, tuple):
            data = data[0]
        with tf.GradientTape() as tape:
            z_mean, z_log_var, z = self.encoder(data, training=True)
            x_hat = self.decoder(z, training=True)
            rec = reconstruction_loss(data, x_hat)
            kl = kl_loss(z_mean, z_log_var)
        grads = tape.gradient(rec, self.trainable_weights)
        self.optimizer.apply_gradients(zip(grads, self.trainable_weights))
        return {"loss": rec, "reconstruction_loss": rec, "kl_loss": kl}
