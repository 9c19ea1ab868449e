# Masks the weights, not the scores: softmax over all keys, future weights zeroed, each row divided by its new sum.
# Equal to the masked softmax in exact arithmetic, but when a future key scores far higher than the allowed ones the
# allowed weights underflow to 0 before the mask and the row becomes 0 / 0 = nan.
# The solution's layer with this call() only (its build and get_config unchanged).
class MultiHeadSelfAttention(MultiHeadSelfAttention):
    def call(self, x, use_causal_mask=False):
        h, k = self.num_heads, self.key_dim
        ops = keras.ops
        q = ops.einsum("btd,dhk->bthk", x, self.query_kernel) + self.query_bias
        kk = ops.einsum("btd,dhk->bthk", x, self.key_kernel) + self.key_bias
        v = ops.einsum("btd,dhk->bthk", x, self.value_kernel) + self.value_bias
        scores = ops.einsum("bshk,bthk->bhst", q, kk) / (k ** 0.5)
        weights = ops.softmax(scores, axis=-1)
        if use_causal_mask:
            T = ops.shape(x)[1]
            weights = weights * ops.tril(ops.ones((T, T), dtype=weights.dtype))
            weights = weights / ops.sum(weights, axis=-1, keepdims=True)
        heads = ops.einsum("bhst,bthk->bshk", weights, v)
        B, T = ops.shape(heads)[0], ops.shape(heads)[1]
        concat = ops.reshape(heads, (B, T, h * k))
        return ops.matmul(concat, ops.reshape(self.output_kernel, (h * k, -1))) + self.output_bias
