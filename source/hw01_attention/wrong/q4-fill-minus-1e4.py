# Replaces the future scores by a finite constant, ops.where(allowed, scores, -10000.0), instead of -inf (or Keras's
# -1e9): right while some allowed score stays above -10,000, but when every allowed score of a query is lower, the
# future keys win the softmax. The solution's layer with this call() only (its build and get_config unchanged).
class MultiHeadSelfAttention(MultiHeadSelfAttention):
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
            scores = ops.where(allowed, scores, -10000.0)
        heads = ops.einsum("bhst,bthk->bshk", ops.softmax(scores, axis=-1), v)
        B, T = ops.shape(heads)[0], ops.shape(heads)[1]
        concat = ops.reshape(heads, (B, T, h * k))
        return ops.matmul(concat, ops.reshape(self.output_kernel, (h * k, -1))) + self.output_bias
