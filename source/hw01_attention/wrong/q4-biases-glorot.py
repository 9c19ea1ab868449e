# Copies the kernel line for every weight, so the four biases are initialised with "glorot_uniform" instead of "zeros":
# a fresh layer adds random offsets. The solution's layer with this build() only (its call and get_config unchanged).
class MultiHeadSelfAttention(MultiHeadSelfAttention):
    def build(self, input_shape):
        d_model = input_shape[-1]
        h, k = self.num_heads, self.key_dim
        self.query_kernel = self.add_weight(name="query_kernel", shape=(d_model, h, k), initializer="glorot_uniform")
        self.query_bias = self.add_weight(name="query_bias", shape=(h, k), initializer="glorot_uniform")
        self.key_kernel = self.add_weight(name="key_kernel", shape=(d_model, h, k), initializer="glorot_uniform")
        self.key_bias = self.add_weight(name="key_bias", shape=(h, k), initializer="glorot_uniform")
        self.value_kernel = self.add_weight(name="value_kernel", shape=(d_model, h, k), initializer="glorot_uniform")
        self.value_bias = self.add_weight(name="value_bias", shape=(h, k), initializer="glorot_uniform")
        self.output_kernel = self.add_weight(name="output_kernel", shape=(h, k, d_model), initializer="glorot_uniform")
        self.output_bias = self.add_weight(name="output_bias", shape=(d_model,), initializer="glorot_uniform")
