# Reshapes the heads from (B, heads, T, key_dim) straight to (B, T, heads*key_dim) without transposing, mixing positions
# and heads.
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
        q, kk, v = (ops.transpose(t, (0, 2, 1, 3)) for t in (q, kk, v))      # (B, h, T, k)
        scores = ops.matmul(q, ops.swapaxes(kk, -1, -2)) / (k ** 0.5)       # (B, h, T, T)
        if use_causal_mask:
            T = ops.shape(x)[1]
            allowed = ops.cast(ops.tril(ops.ones((T, T))), "bool")
            scores = ops.where(allowed, scores, float("-inf"))
        heads = ops.matmul(ops.softmax(scores, axis=-1), v)                 # (B, h, T, k)
        B, T = ops.shape(x)[0], ops.shape(x)[1]
        concat = ops.reshape(heads, (B, T, h * k))                          # wrong: no transpose first
        return ops.matmul(concat, ops.reshape(self.output_kernel, (h * k, -1))) + self.output_bias
