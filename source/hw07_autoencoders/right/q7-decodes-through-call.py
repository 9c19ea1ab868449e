# Gets x_hat by calling the model itself, self(x, training=True), whose call encodes and decodes the sampled code z:
# the encoder runs twice (the KL reads the first pass's z_mean and z_log_var), but x_hat is still the decoded sample.
class VAE(keras.Model):
    def __init__(self, encoder, decoder, reconstruction_loss_fn=None, kl_loss_fn=None, **kwargs):
        super().__init__(**kwargs)
        self.encoder = encoder
        self.decoder = decoder
        self.reconstruction_loss_fn = reconstruction_loss_fn or reconstruction_loss
        self.kl_loss_fn = kl_loss_fn or kl_loss
        self.total_loss_tracker = keras.metrics.Mean(name="loss")
        self.reconstruction_loss_tracker = keras.metrics.Mean(name="reconstruction_loss")
        self.kl_loss_tracker = keras.metrics.Mean(name="kl_loss")

    @property
    def metrics(self):
        return [self.total_loss_tracker, self.reconstruction_loss_tracker, self.kl_loss_tracker]

    def call(self, x):
        z_mean, z_log_var, z = self.encoder(x)
        return self.decoder(z)

    def train_step(self, data):
        x, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            z_mean, z_log_var, _ = self.encoder(x, training=True)
            x_hat = self(x, training=True)
            rec = self.reconstruction_loss_fn(x, x_hat)
            kl = self.kl_loss_fn(z_mean, z_log_var)
            total = rec + kl
        grads = tape.gradient(total, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        self.total_loss_tracker.update_state(total)
        self.reconstruction_loss_tracker.update_state(rec)
        self.kl_loss_tracker.update_state(kl)
        return {m.name: m.result() for m in self.metrics}

