# Reads the input width as input_shape[1] instead of input_shape[-1]: right for (batch, d) inputs only; a first call
# on a batch of sequences (batch, seq, d) builds a (seq, units) kernel.
class SimpleDense(SimpleDense):
    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[1], self.units), initializer="glorot_uniform",
                                      trainable=True, name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", trainable=True, name="bias")
