# Initialises the kernel with zeros, like the bias: every unit outputs its bias whatever the input.
class SimpleDense(SimpleDense):
    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), initializer="zeros", name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias")
