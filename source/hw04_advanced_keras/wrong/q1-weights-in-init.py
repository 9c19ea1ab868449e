# Creates the weights in __init__ from an input_dim argument (so they exist before the first call and ignore the real
# input width).
class SimpleDense(keras.layers.Layer):
    def __init__(self, units, activation=None, input_dim=3, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation = keras.activations.get(activation)
        self.kernel = self.add_weight(shape=(input_dim, units), initializer="glorot_uniform", name="kernel")
        self.bias = self.add_weight(shape=(units,), initializer="zeros", name="bias")

    def call(self, inputs):
        return self.activation(ops.matmul(inputs, self.kernel) + self.bias)
