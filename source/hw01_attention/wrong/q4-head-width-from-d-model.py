# Scales the scores by 1/sqrt(d_model / num_heads) instead of 1/sqrt(key_dim): right only when key_dim = d_model /
# num_heads. The solution's layer with this call() only (its build and get_config unchanged).
class MultiHeadSelfAttention(MultiHeadSelfAttention):
    def call(self, x, use_causal_mask=False):
        h, k = self.num_heads, self.key_dim
        ops = keras.ops
        q = ops.einsum("btd,dhk->bthk", x, self.query_kernel) + self.query_bias
        kk = ops.einsum("btd,dhk->bthk", x, self.key_kernel) + self.key_bias
        v = ops.einsum("btd,dhk->bthk", x, self.value_kernel) + self.value_bias
        scores = ops.einsum("bshk,bthk->bhst", q, kk) / ((ops.shape(x)[-1] / h) ** 0.5)
        if use_causal_mask:
            T = ops.shape(x)[1]
            allowed = ops.cast(ops.tril(ops.ones((T, T))), "bool")
            scores = ops.where(allowed, scores, float("-inf"))
        heads = ops.einsum("bhst,bthk->bshk", ops.softmax(scores, axis=-1), v)
        B, T = ops.shape(heads)[0], ops.shape(heads)[1]
        return (ops.matmul(ops.reshape(heads, (B, T, h * k)), ops.reshape(self.output_kernel, (h * k, -1)))
                + self.output_bias)
