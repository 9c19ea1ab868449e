# Builds the causal mask with NumPy as in Question 3, np.tril(np.ones((T, T), dtype=bool)) with T = x.shape[1]:
# right on arrays, but inside a model whose sequence length is not fixed (keras.Input(shape=(None, d_model))) T is
# None and NumPy cannot make the mask.
# The solution's layer with this call() only (its build and get_config unchanged).
class MultiHeadSelfAttention(MultiHeadSelfAttention):
    def call(self, x, use_causal_mask=False):
        h, k = self.num_heads, self.key_dim
        ops = keras.ops
        q = ops.einsum("btd,dhk->bthk", x, self.query_kernel) + self.query_bias
        kk = ops.einsum("btd,dhk->bthk", x, self.key_kernel) + self.key_bias
        v = ops.einsum("btd,dhk->bthk", x, self.value_kernel) + self.value_bias
        scores = ops.einsum("bshk,bthk->bhst", q, kk) / (k ** 0.5)
        if use_causal_mask:
            T = x.shape[1]
            scores = ops.where(np.tril(np.ones((T, T), dtype=bool)), scores, float("-inf"))
        heads = ops.einsum("bhst,bthk->bshk", ops.softmax(scores, axis=-1), v)
        B, T = ops.shape(heads)[0], ops.shape(heads)[1]
        return (ops.matmul(ops.reshape(heads, (B, T, h * k)), ops.reshape(self.output_kernel, (h * k, -1)))
                + self.output_bias)
