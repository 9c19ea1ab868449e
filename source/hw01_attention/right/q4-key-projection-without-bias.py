# Projects the keys without key_bias (as Whisper's attention does): the bias adds q_s . b_k to every score of query s,
# the same constant along the key axis, which the softmax cancels, so the output is the same. The solution's layer with
# this call() only (its build and get_config unchanged; key_bias is still created, as the weight layout asks).
class MultiHeadSelfAttention(MultiHeadSelfAttention):
    def call(self, x, use_causal_mask=False):
        ops = keras.ops
        h, k = self.num_heads, self.key_dim
        q = ops.einsum("btd,dhk->bthk", x, self.query_kernel) + self.query_bias
        kk = ops.einsum("btd,dhk->bthk", x, self.key_kernel)
        v = ops.einsum("btd,dhk->bthk", x, self.value_kernel) + self.value_bias
        scores = ops.einsum("bshk,bthk->bhst", q, kk) / (k ** 0.5)
        if use_causal_mask:
            T = ops.shape(x)[1]
            scores = ops.where(ops.cast(ops.tril(ops.ones((T, T))), "bool"), scores, float("-inf"))
        heads = ops.einsum("bhst,bthk->bshk", ops.softmax(scores, axis=-1), v)
        return ops.einsum("bshk,hkd->bsd", heads, self.output_kernel) + self.output_bias
