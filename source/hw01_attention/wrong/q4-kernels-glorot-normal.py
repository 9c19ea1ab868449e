# Initialises the kernels with "glorot_normal" (a truncated normal of the same variance) instead of "glorot_uniform":
# the spread is Glorot's, but entries fall outside the uniform bound. The solution's layer with this build() only (its
# call and get_config unchanged).
class MultiHeadSelfAttention(MultiHeadSelfAttention):
    def build(self, input_shape):
        d_model = input_shape[-1]
        h, k = self.num_heads, self.key_dim
        self.query_kernel = self.add_weight(name="query_kernel", shape=(d_model, h, k), initializer="glorot_normal")
        self.query_bias = self.add_weight(name="query_bias", shape=(h, k), initializer="zeros")
        self.key_kernel = self.add_weight(name="key_kernel", shape=(d_model, h, k), initializer="glorot_normal")
        self.key_bias = self.add_weight(name="key_bias", shape=(h, k), initializer="zeros")
        self.value_kernel = self.add_weight(name="value_kernel", shape=(d_model, h, k), initializer="glorot_normal")
        self.value_bias = self.add_weight(name="value_bias", shape=(h, k), initializer="zeros")
        self.output_kernel = self.add_weight(name="output_kernel", shape=(h, k, d_model), initializer="glorot_normal")
        self.output_bias = self.add_weight(name="output_bias", shape=(d_model,), initializer="zeros")
