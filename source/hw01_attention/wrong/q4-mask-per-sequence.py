# Builds the causal mask with one copy per sequence, shape (B, T, T) like keras.layers.MultiHeadAttention's
# attention_mask argument, and applies it to the scores (B, heads, T, T) without a heads axis: it broadcasts only when
# batch = heads (or either is 1). The solution's layer with this call() only (its build and get_config unchanged).
class MultiHeadSelfAttention(MultiHeadSelfAttention):
    def call(self, x, use_causal_mask=False):
        ops = keras.ops
        h, k = self.num_heads, self.key_dim
        B, T = ops.shape(x)[0], ops.shape(x)[1]
        q = ops.einsum("btd,dhk->bthk", x, self.query_kernel) + self.query_bias
        kk = ops.einsum("btd,dhk->bthk", x, self.key_kernel) + self.key_bias
        v = ops.einsum("btd,dhk->bthk", x, self.value_kernel) + self.value_bias
        scores = ops.einsum("bshk,bthk->bhst", q, kk) / (k ** 0.5)
        if use_causal_mask:
            allowed = ops.cast(ops.tril(ops.ones((B, T, T))), "bool")     # (B, T, T): one mask per sequence
            scores = ops.where(allowed, scores, float("-inf"))
        heads = ops.einsum("bhst,bthk->bshk", ops.softmax(scores, axis=-1), v)
        return ops.einsum("bshk,hkd->bsd", heads, self.output_kernel) + self.output_bias
