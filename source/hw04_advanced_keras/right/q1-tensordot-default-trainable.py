# Contracts the last axis with ops.tensordot(inputs, kernel, axes=1) and relies on add_weight's default
# trainable=True, with initializer objects: the same layer.
class SimpleDense(SimpleDense):
    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units),
                                      initializer=keras.initializers.GlorotUniform(), name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer=keras.initializers.Zeros(), name="bias")

    def call(self, inputs):
        return self.activation(ops.tensordot(inputs, self.kernel, axes=1) + self.bias)
