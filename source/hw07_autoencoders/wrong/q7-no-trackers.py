# Returns the batch's own losses instead of updating keras.metrics.Mean trackers, so fit reports the last batch of each
# epoch, not the epoch's average.
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
        x, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            z_mean, z_log_var, z = self.encoder(x, training=True)
            x_hat = self.decoder(z, training=True)
            rec = self.reconstruction_loss_fn(x, x_hat)
            kl = self.kl_loss_fn(z_mean, z_log_var)
            total = rec + kl
        grads = tape.gradient(total, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        return {"loss": total, "reconstruction_loss": rec, "kl_loss": kl}
