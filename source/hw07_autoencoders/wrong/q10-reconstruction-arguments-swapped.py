# Calls the reconstruction loss as loss(x_hat, x), the prediction first: harmless for the squared error, wrong for the
# cross-entropy, which takes the logs of the prediction.
class CVAE(CVAE):
    def train_step(self, data):
        x, labels, _ = keras.utils.unpack_x_y_sample_weight(data)
        one_hot = ops.one_hot(ops.cast(labels, "int32"), self.n_classes)
        with tf.GradientTape() as tape:
            z_mean, z_log_var, z = self.encoder(ops.concatenate([x, one_hot], axis=1), training=True)
            x_hat = self.decoder(ops.concatenate([z, one_hot], axis=1), training=True)
            rec = self.reconstruction_loss_fn(x_hat, x)
            kl = self.kl_loss_fn(z_mean, z_log_var)
            total = rec + kl
        grads = tape.gradient(total, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        for tracker, value in zip(self.metrics, (total, rec, kl)):
            tracker.update_state(value)
        return {m.name: m.result() for m in self.metrics}
