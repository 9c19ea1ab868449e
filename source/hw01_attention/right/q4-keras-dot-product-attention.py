# Projects with einsum and leaves one step's scaled scores, causal mask and softmax to keras.ops.dot_product_attention
# (inputs of shape (B, T, heads, key_dim)), which the prompt allows: the same function as the solution.
class MultiHeadSelfAttention(keras.layers.Layer):
    def __init__(self, num_heads, key_dim, **kwargs):
        super().__init__(**kwargs)
        self.num_heads = num_heads
        self.key_dim = key_dim

    def build(self, input_shape):
        d_model = input_shape[-1]
        h, k = self.num_heads, self.key_dim
        self.query_kernel = self.add_weight(shape=(d_model, h, k), initializer="glorot_uniform", name="query_kernel")
        self.query_bias = self.add_weight(shape=(h, k), initializer="zeros", name="query_bias")
        self.key_kernel = self.add_weight(shape=(d_model, h, k), initializer="glorot_uniform", name="key_kernel")
        self.key_bias = self.add_weight(shape=(h, k), initializer="zeros", name="key_bias")
        self.value_kernel = self.add_weight(shape=(d_model, h, k), initializer="glorot_uniform", name="value_kernel")
        self.value_bias = self.add_weight(shape=(h, k), initializer="zeros", name="value_bias")
        self.output_kernel = self.add_weight(shape=(h, k, d_model), initializer="glorot_uniform", name="output_kernel")
        self.output_bias = self.add_weight(shape=(d_model,), initializer="zeros", name="output_bias")

    def get_config(self):
        return {**super().get_config(), "num_heads": self.num_heads, "key_dim": self.key_dim}

    def call(self, x, use_causal_mask=False):
        ops = keras.ops
        q = ops.einsum("btd,dhk->bthk", x, self.query_kernel) + self.query_bias
        k = ops.einsum("btd,dhk->bthk", x, self.key_kernel) + self.key_bias
        v = ops.einsum("btd,dhk->bthk", x, self.value_kernel) + self.value_bias
        heads = ops.dot_product_attention(q, k, v, is_causal=use_causal_mask)     # (B, T, h, k)
        return ops.einsum("bthk,hkd->btd", heads, self.output_kernel) + self.output_bias
