# Builds the causal mask once in build() from the first input's length input_shape[1] (as nanoGPT keeps a fixed mask
# buffer), so a later call with another sequence length breaks. The solution's layer with this build() and call() (its
# get_config unchanged).
class MultiHeadSelfAttention(MultiHeadSelfAttention):
    def build(self, input_shape):
        super().build(input_shape)
        T = input_shape[1]
        self.causal = keras.ops.cast(keras.ops.tril(keras.ops.ones((T, T))), "bool")

    def call(self, x, use_causal_mask=False):
        h, k = self.num_heads, self.key_dim
        ops = keras.ops
        q = ops.einsum("btd,dhk->bthk", x, self.query_kernel) + self.query_bias
        kk = ops.einsum("btd,dhk->bthk", x, self.key_kernel) + self.key_bias
        v = ops.einsum("btd,dhk->bthk", x, self.value_kernel) + self.value_bias
        scores = ops.einsum("bshk,bthk->bhst", q, kk) / (k ** 0.5)
        if use_causal_mask:
            scores = ops.where(self.causal, scores, float("-inf"))
        heads = ops.einsum("bhst,bthk->bshk", ops.softmax(scores, axis=-1), v)
        B, T = ops.shape(heads)[0], ops.shape(heads)[1]
        return (ops.matmul(ops.reshape(heads, (B, T, h * k)), ops.reshape(self.output_kernel, (h * k, -1)))
                + self.output_bias)
