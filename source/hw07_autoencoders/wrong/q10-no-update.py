# Computes and reports the losses but never applies the gradients: the CVAE never learns.
class CVAE(CVAE):
    def train_step(self, data):
        x, labels, _ = keras.utils.unpack_x_y_sample_weight(data)
        one_hot = ops.one_hot(ops.cast(labels, "int32"), self.n_classes)
        z_mean, z_log_var, z = self.encoder(ops.concatenate([x, one_hot], axis=1), training=True)
        x_hat = self.decoder(ops.concatenate([z, one_hot], axis=1), training=True)
        rec = self.reconstruction_loss_fn(x, x_hat)
        kl = self.kl_loss_fn(z_mean, z_log_var)
        for tracker, value in zip(self.metrics, (rec + kl, rec, kl)):
            tracker.update_state(value)
        return {m.name: m.result() for m in self.metrics}
