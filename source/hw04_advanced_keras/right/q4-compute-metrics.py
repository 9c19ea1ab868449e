# Updates the loss and grad_norm trackers by hand, then returns Keras' own compute_metrics(x, y, y_pred, sample_weight),
# which updates the compiled metrics and returns every metric's result (get_metrics_result): the same logs.
class CustomFitModel(keras.Model):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.grad_norm_tracker = keras.metrics.Mean(name="grad_norm")

    def train_step(self, data):
        x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(x=x, y=y, y_pred=y_pred, sample_weight=sample_weight)
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply(grads, self.trainable_variables)
        self.grad_norm_tracker.update_state(tf.linalg.global_norm(grads))
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss)
        return self.compute_metrics(x, y, y_pred, sample_weight=sample_weight)
