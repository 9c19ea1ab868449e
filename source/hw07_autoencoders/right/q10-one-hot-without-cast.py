# One-hots the labels exactly as the question writes it, ops.one_hot(labels, self.n_classes), without casting them
# to int32 first (integer labels of any width are valid indices), concatenates along axis=-1, applies the gradients
# with apply_gradients and updates the trackers in a loop: the same step.
class CVAE(CVAE):
    def train_step(self, data):
        x, labels, _ = keras.utils.unpack_x_y_sample_weight(data)
        one_hot = ops.one_hot(labels, self.n_classes)
        with tf.GradientTape() as tape:
            z_mean, z_log_var, z = self.encoder(ops.concatenate([x, one_hot], axis=-1), training=True)
            x_hat = self.decoder(ops.concatenate([z, one_hot], axis=-1), training=True)
            rec = self.reconstruction_loss_fn(x, x_hat)
            kl = self.kl_loss_fn(z_mean, z_log_var)
            total = rec + kl
        grads = tape.gradient(total, self.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
        for tracker, value in zip(self.metrics, (total, rec, kl)):
            tracker.update_state(value)
        return {m.name: m.result() for m in self.metrics}
