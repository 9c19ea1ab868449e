# Updates the trackers in a loop over zip(self.metrics, values) and differentiates with self.trainable_weights.
class VAE(VAE):
    def train_step(self, data):
        x, _, _ = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            z_mean, z_log_var, z = self.encoder(x, training=True)
            rec = self.reconstruction_loss_fn(x, self.decoder(z, training=True))
            kl = self.kl_loss_fn(z_mean, z_log_var)
            total = ops.add(rec, kl)
        grads = tape.gradient(total, self.trainable_weights)
        self.optimizer.apply_gradients(zip(grads, self.trainable_weights))
        for tracker, value in zip(self.metrics, (total, rec, kl)):
            tracker.update_state(value)
        return {m.name: m.result() for m in self.metrics}
