# Decodes [z_mean ; one_hot] instead of the sampled code [z ; one_hot]: the decoder never sees the noise, and the CVAE
# trains as a plain conditional autoencoder with a KL penalty.
class CVAE(CVAE):
    def train_step(self, data):
        x, labels, _ = keras.utils.unpack_x_y_sample_weight(data)
        one_hot = ops.one_hot(ops.cast(labels, "int32"), self.n_classes)
        with tf.GradientTape() as tape:
            z_mean, z_log_var, z = self.encoder(ops.concatenate([x, one_hot], axis=1), training=True)
            x_hat = self.decoder(ops.concatenate([z_mean, one_hot], axis=1), training=True)
            rec = self.reconstruction_loss_fn(x, x_hat)
            kl = self.kl_loss_fn(z_mean, z_log_var)
            total = rec + kl
        grads = tape.gradient(total, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        for tracker, value in zip(self.metrics, (total, rec, kl)):
            tracker.update_state(value)
        return {m.name: m.result() for m in self.metrics}
