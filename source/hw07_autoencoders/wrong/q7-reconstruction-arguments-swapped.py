# Calls the reconstruction loss as loss(x_hat, x), the prediction first: harmless for a symmetric loss such as the
# squared error, wrong for the cross-entropy, which takes the logs of the prediction.
class VAE(VAE):
    def train_step(self, data):
        x, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            z_mean, z_log_var, z = self.encoder(x, training=True)
            x_hat = self.decoder(z, training=True)
            rec = self.reconstruction_loss_fn(x_hat, x)
            kl = self.kl_loss_fn(z_mean, z_log_var)
            total = rec + kl
        grads = tape.gradient(total, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        self.total_loss_tracker.update_state(total)
        self.reconstruction_loss_tracker.update_state(rec)
        self.kl_loss_tracker.update_state(kl)
        return {m.name: m.result() for m in self.metrics}
