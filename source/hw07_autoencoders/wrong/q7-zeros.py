# Degenerate stub: train_step trains nothing and reports 0 for all three losses.
class VAE(keras.Model):
    def __init__(self, encoder, decoder, reconstruction_loss_fn=None, kl_loss_fn=None, **kwargs):
        super().__init__(**kwargs)
        self.encoder = encoder
        self.decoder = decoder
        self.reconstruction_loss_fn = reconstruction_loss_fn or reconstruction_loss
        self.kl_loss_fn = kl_loss_fn or kl_loss

    def call(self, x):
        return self.decoder(self.encoder(x)[2])

    def train_step(self, data):
        zero = ops.convert_to_tensor(0.0)
        return {"loss": zero, "reconstruction_loss": zero, "kl_loss": zero}
