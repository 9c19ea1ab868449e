# Keeps the trackers under other attribute names, applies the gradients with the older spelling
# self.optimizer.apply_gradients(zip(grads, variables)) (which the text says does the same), adds the losses with
# ops.add and returns the trackers' results in an explicit dict: the same step, the same three epoch averages.
class VAE(keras.Model):
    def __init__(self, encoder, decoder, reconstruction_loss_fn=None, kl_loss_fn=None, **kwargs):
        super().__init__(**kwargs)
        self.encoder = encoder
        self.decoder = decoder
        self.reconstruction_loss_fn = reconstruction_loss_fn or reconstruction_loss
        self.kl_loss_fn = kl_loss_fn or kl_loss
        self.loss_mean = keras.metrics.Mean(name="loss")
        self.reconstruction_mean = keras.metrics.Mean(name="reconstruction_loss")
        self.kl_mean = keras.metrics.Mean(name="kl_loss")

    @property
    def metrics(self):
        return [self.loss_mean, self.reconstruction_mean, self.kl_mean]

    def call(self, x):
        z_mean, z_log_var, z = self.encoder(x)
        return self.decoder(z)

    def train_step(self, data):
        x, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            z_mean, z_log_var, z = self.encoder(x, training=True)
            x_hat = self.decoder(z, training=True)
            rec = self.reconstruction_loss_fn(x, x_hat)
            kl = self.kl_loss_fn(z_mean, z_log_var)
            total = ops.add(rec, kl)
        grads = tape.gradient(total, self.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
        self.loss_mean.update_state(total)
        self.reconstruction_mean.update_state(rec)
        self.kl_mean.update_state(kl)
        return {"loss": self.loss_mean.result(), "reconstruction_loss": self.reconstruction_mean.result(),
                "kl_loss": self.kl_mean.result()}
