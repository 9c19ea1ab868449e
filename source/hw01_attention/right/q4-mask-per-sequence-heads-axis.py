# Builds the causal mask per sequence with a heads axis, shape (B, 1, T, T) (keras.layers.MultiHeadAttention expands
# its attention_mask the same way), so it broadcasts over the heads. The solution's layer with this call() only.
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
            allowed = ops.cast(ops.tril(ops.ones((B, 1, T, T))), "bool")   # (B, 1, T, T): broadcast over the heads
            scores = ops.where(allowed, scores, float("-inf"))
        heads = ops.einsum("bhst,bthk->bshk", ops.softmax(scores, axis=-1), v)
        return ops.einsum("bshk,hkd->bsd", heads, self.output_kernel) + self.output_bias
