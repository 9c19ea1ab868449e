# Computes the squared distances by expanding ||x - c||^2 = ||x||^2 - 2 x.c + ||c||^2 with one ops.matmul (any rank),
# the usual fast form of an RBF layer, and registers the class with the keyword package="hw04": the same features.
@keras.saving.register_keras_serializable(package="hw04")
class RBFLayer(keras.layers.Layer):
    def __init__(self, units, gamma=1.0, **kwargs):
        super().__init__(**kwargs)
        self.units = int(units)
        self.gamma = float(gamma)

    def build(self, input_shape):
        self.centers = self.add_weight(shape=(self.units, input_shape[-1]), initializer="random_normal",
                                       trainable=True, name="centers")

    def call(self, inputs):
        inputs = ops.convert_to_tensor(inputs, dtype=self.compute_dtype)
        squared = (ops.sum(ops.square(inputs), axis=-1, keepdims=True)
                   - 2.0 * ops.matmul(inputs, ops.transpose(self.centers))
                   + ops.sum(ops.square(self.centers), axis=-1))
        return ops.exp(-self.gamma * ops.maximum(squared, 0.0))

    def get_config(self):
        config = super().get_config()
        config.update(units=self.units, gamma=self.gamma)
        return config


def save_and_reload(model, path):
    model.save(path)
    return keras.models.load_model(path)
