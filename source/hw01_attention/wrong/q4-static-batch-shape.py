# Reads the batch size and length from the static x.shape (B, T, _ = x.shape) instead of keras.ops.shape(x): right
# when the layer is called on arrays, but inside a model built on keras.Input the batch size is None and the reshape
# to (None, T, heads * key_dim) fails.
# The solution's layer with this call() only (its build and get_config unchanged).
class MultiHeadSelfAttention(MultiHeadSelfAttention):
    def call(self, x, use_causal_mask=False):
        h, k = self.num_heads, self.key_dim
        ops = keras.ops
        B, T, _ = x.shape
        q = ops.einsum("btd,dhk->bthk", x, self.query_kernel) + self.query_bias
        kk = ops.einsum("btd,dhk->bthk", x, self.key_kernel) + self.key_bias
        v = ops.einsum("btd,dhk->bthk", x, self.value_kernel) + self.value_bias
        scores = ops.einsum("bshk,bthk->bhst", q, kk) / (k ** 0.5)
        if use_causal_mask:
            allowed = ops.cast(ops.tril(ops.ones((T, T))), "bool")
            scores = ops.where(allowed, scores, float("-inf"))
        heads = ops.einsum("bhst,bthk->bshk", ops.softmax(scores, axis=-1), v)
        return (ops.matmul(ops.reshape(heads, (B, T, h * k)), ops.reshape(self.output_kernel, (h * k, -1)))
                + self.output_bias)
