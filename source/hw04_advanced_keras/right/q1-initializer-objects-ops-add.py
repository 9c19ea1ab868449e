# Passes initializer objects (keras.initializers.GlorotUniform(), Zeros()) instead of their string names, relies on
# add_weight's default trainable=True, and adds the bias with ops.add: the same two weights and output.
class SimpleDense(keras.layers.Layer):
    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation = keras.activations.get(activation)

    def build(self, input_shape):
        self.kernel = self.add_weight(name="kernel", shape=(int(input_shape[-1]), self.units),
                                      initializer=keras.initializers.GlorotUniform())
        self.bias = self.add_weight(name="bias", shape=(self.units,), initializer=keras.initializers.Zeros())

    def call(self, inputs):
        return self.activation(ops.add(ops.matmul(inputs, self.kernel), self.bias))

    def get_config(self):
        config = super().get_config()
        config.update({"units": self.units, "activation": keras.activations.serialize(self.activation)})
        return config
