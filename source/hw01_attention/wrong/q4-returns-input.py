# Degenerate stub: creates the eight weights but call returns its input unchanged (an identity layer), computing no
# attention.
class MultiHeadSelfAttention(keras.layers.Layer):
    def __init__(self, num_heads, key_dim, **kwargs):
        super().__init__(**kwargs)
        self.num_heads = num_heads
        self.key_dim = key_dim

    def build(self, input_shape):
        d_model = input_shape[-1]
        h, k = self.num_heads, self.key_dim
        self.query_kernel = self.add_weight(name="query_kernel", shape=(d_model, h, k), initializer="glorot_uniform")
        self.query_bias = self.add_weight(name="query_bias", shape=(h, k), initializer="zeros")
        self.key_kernel = self.add_weight(name="key_kernel", shape=(d_model, h, k), initializer="glorot_uniform")
        self.key_bias = self.add_weight(name="key_bias", shape=(h, k), initializer="zeros")
        self.value_kernel = self.add_weight(name="value_kernel", shape=(d_model, h, k), initializer="glorot_uniform")
        self.value_bias = self.add_weight(name="value_bias", shape=(h, k), initializer="zeros")
        self.output_kernel = self.add_weight(name="output_kernel", shape=(h, k, d_model), initializer="glorot_uniform")
        self.output_bias = self.add_weight(name="output_bias", shape=(d_model,), initializer="zeros")

    def call(self, x, use_causal_mask=False):
        return keras.ops.convert_to_tensor(x)
