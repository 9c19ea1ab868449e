# Returns the batch's own losses instead of updating the trackers and returning their results: fit then reports the
# last batch of each epoch, not the epoch's average (the mistake of q7-no-trackers, made in the CVAE).
class CVAE(CVAE):
    def train_step(self, data):
        x, labels, _ = keras.utils.unpack_x_y_sample_weight(data)
        one_hot = ops.one_hot(ops.cast(labels, "int32"), self.n_classes)
        with tf.GradientTape() as tape:
            z_mean, z_log_var, z = self.encoder(ops.concatenate([x, one_hot], axis=1), training=True)
            x_hat = self.decoder(ops.concatenate([z, one_hot], axis=1), training=True)
            rec = self.reconstruction_loss_fn(x, x_hat)
            kl = self.kl_loss_fn(z_mean, z_log_var)
            total = rec + kl
        grads = tape.gradient(total, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        return {"loss": total, "reconstruction_loss": rec, "kl_loss": kl}
