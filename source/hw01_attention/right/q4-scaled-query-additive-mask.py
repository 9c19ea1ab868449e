# Scales the queries by 1/sqrt(key_dim) before the product, as keras.layers.MultiHeadAttention does, and masks by ADDING
# (1 - tril) * -1e9 to the scores (the TF tutorial's additive form with True = may attend): the same weights in float32.
# The solution's layer with this call() only (its build and get_config unchanged).
class MultiHeadSelfAttention(MultiHeadSelfAttention):
    def call(self, x, use_causal_mask=False):
        ops = keras.ops
        h, k = self.num_heads, self.key_dim
        q = (ops.einsum("btd,dhk->bthk", x, self.query_kernel) + self.query_bias) * (1.0 / k ** 0.5)
        kk = ops.einsum("btd,dhk->bthk", x, self.key_kernel) + self.key_bias
        v = ops.einsum("btd,dhk->bthk", x, self.value_kernel) + self.value_bias
        scores = ops.einsum("bthk,bshk->bhts", q, kk)                       # (B, h, T query, T key)
        if use_causal_mask:
            T = ops.shape(x)[1]
            scores = scores + (1.0 - ops.tril(ops.ones((T, T), dtype=scores.dtype))) * -1e9
        heads = ops.einsum("bhts,bshk->bthk", ops.softmax(scores, axis=-1), v)
        out = ops.einsum("bthk,hkd->btd", heads, self.output_kernel)
        return out + self.output_bias
