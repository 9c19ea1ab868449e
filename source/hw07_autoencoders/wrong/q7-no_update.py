# Computes and reports the losses but never applies the gradients, so the VAE does not learn.
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
        z_mean, z_log_var, z = self.encoder(data, training=True)
        x_hat = self.decoder(z, training=True)
        rec = reconstruction_loss(data, x_hat)
        kl = kl_loss(z_mean, z_log_var)
        return {"loss": rec + kl, "reconstruction_loss": rec, "kl_loss": kl}
