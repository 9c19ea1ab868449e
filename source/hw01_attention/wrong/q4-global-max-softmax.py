# Writes a stable softmax by hand but subtracts the maximum of the WHOLE score tensor (ops.max without an axis) instead
# of each row's: a query whose scores all lie far below the largest score of the batch underflows to 0 / 0 = nan.
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
            T = ops.shape(x)[1]
            allowed = ops.cast(ops.tril(ops.ones((T, T))), "bool")
            scores = ops.where(allowed, scores, float("-inf"))
        e = ops.exp(scores - ops.max(scores))
        weights = e / ops.sum(e, axis=-1, keepdims=True)
        heads = ops.einsum("bhst,bthk->bshk", weights, v)
        B, T = ops.shape(heads)[0], ops.shape(heads)[1]
        concat = ops.reshape(heads, (B, T, h * k))
        return ops.matmul(concat, ops.reshape(self.output_kernel, (h * k, -1))) + self.output_bias
