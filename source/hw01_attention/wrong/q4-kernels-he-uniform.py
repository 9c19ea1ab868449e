# Initialises the kernels with "he_uniform" (variance 2 / fan_in, meant for ReLU layers) instead of "glorot_uniform"
# (variance 2 / (fan_in + fan_out)): kernels too large from the start. The solution's layer with this build() only
# (its call and get_config unchanged).
class MultiHeadSelfAttention(MultiHeadSelfAttention):
    def build(self, input_shape):
        d_model = input_shape[-1]
        h, k = self.num_heads, self.key_dim
        self.query_kernel = self.add_weight(name="query_kernel", shape=(d_model, h, k), initializer="he_uniform")
        self.query_bias = self.add_weight(name="query_bias", shape=(h, k), initializer="zeros")
        self.key_kernel = self.add_weight(name="key_kernel", shape=(d_model, h, k), initializer="he_uniform")
        self.key_bias = self.add_weight(name="key_bias", shape=(h, k), initializer="zeros")
        self.value_kernel = self.add_weight(name="value_kernel", shape=(d_model, h, k), initializer="he_uniform")
        self.value_bias = self.add_weight(name="value_bias", shape=(h, k), initializer="zeros")
        self.output_kernel = self.add_weight(name="output_kernel", shape=(h, k, d_model), initializer="he_uniform")
        self.output_bias = self.add_weight(name="output_bias", shape=(d_model,), initializer="zeros")
