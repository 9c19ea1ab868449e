# Returns the batch's own losses instead of updating keras.metrics.Mean trackers, so fit reports the last batch of each epoch, not the epoch's average.
class VAE(keras.Model):
    def __init__(self, encoder, decoder, **kwargs):
        super().__init__(**kwargs)
        self.encoder = encoder
        self.decoder = decoder

    def call(self, x):
        return self.decoder(self.encoder(x)[2])

    def train_step(self, data):
        x, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            z_mean, z_log_var, z = self.encoder(x, training=True)
            x_hat = self.decoder(z, training=True)
            rec = reconstruction_loss(x, x_hat)
            kl = kl_loss(z_mean, z_log_var)
            total = rec + kl
        grads = tape.gradient(total, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        return {"loss": total, "reconstruction_loss": rec, "kl_loss": kl}
