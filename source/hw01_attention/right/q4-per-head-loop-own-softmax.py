# Loops over the heads (not over positions) with plain 2-D kernel slices, writes the stable softmax by hand with ops.exp
# and ops.max, and concatenates the heads with ops.concatenate before the output projection: the same function as the
# einsum solution.
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
        T = ops.shape(x)[1]
        heads = []
        for i in range(self.num_heads):
            q = ops.matmul(x, self.query_kernel[:, i, :]) + self.query_bias[i]     # (B, T, k)
            kk = ops.matmul(x, self.key_kernel[:, i, :]) + self.key_bias[i]
            v = ops.matmul(x, self.value_kernel[:, i, :]) + self.value_bias[i]
            scores = ops.matmul(q, ops.swapaxes(kk, 1, 2)) / (self.key_dim ** 0.5)  # (B, T, T)
            if use_causal_mask:
                scores = ops.where(ops.cast(ops.tril(ops.ones((T, T))), "bool"), scores, float("-inf"))
            e = ops.exp(scores - ops.max(scores, axis=-1, keepdims=True))
            heads.append(ops.matmul(e / ops.sum(e, axis=-1, keepdims=True), v))
        concat = ops.concatenate(heads, axis=-1)                                  # (B, T, h*k), head 0 first
        w_out = ops.reshape(self.output_kernel, (self.num_heads * self.key_dim, -1))
        return ops.matmul(concat, w_out) + self.output_bias
