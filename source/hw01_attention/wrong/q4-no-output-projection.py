# Forgets the output projection: returns the concatenated heads (width num_heads*key_dim) and never uses
# output_kernel/output_bias.
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
        h, k = self.num_heads, self.key_dim
        ops = keras.ops
        q = ops.einsum("btd,dhk->bthk", x, self.query_kernel) + self.query_bias
        kk = ops.einsum("btd,dhk->bthk", x, self.key_kernel) + self.key_bias
        v = ops.einsum("btd,dhk->bthk", x, self.value_kernel) + self.value_bias
        scores = ops.einsum("bshk,bthk->bhst", q, kk) / (k ** 0.5)
        if use_causal_mask:
            T = ops.shape(x)[1]
            allowed = ops.cast(ops.tril(ops.ones((T, T))), "bool")
            scores = ops.where(allowed, scores, float("-inf"))
        heads = ops.einsum("bhst,bthk->bshk", ops.softmax(scores, axis=-1), v)
        B, T = ops.shape(heads)[0], ops.shape(heads)[1]
        return ops.reshape(heads, (B, T, h * k))
