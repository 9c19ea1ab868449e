# Forgets the four biases in call (projects with the kernels only); the freshly built layer's biases are zero, so this
# only shows once the biases are not zero. The solution's layer with this call() only (its build and get_config
# unchanged).
class MultiHeadSelfAttention(MultiHeadSelfAttention):
    def call(self, x, use_causal_mask=False):
        h, k = self.num_heads, self.key_dim
        ops = keras.ops
        q = ops.einsum("btd,dhk->bthk", x, self.query_kernel)
        kk = ops.einsum("btd,dhk->bthk", x, self.key_kernel)
        v = ops.einsum("btd,dhk->bthk", x, self.value_kernel)
        scores = ops.einsum("bshk,bthk->bhst", q, kk) / (k ** 0.5)
        if use_causal_mask:
            T = ops.shape(x)[1]
            allowed = ops.cast(ops.tril(ops.ones((T, T))), "bool")
            scores = ops.where(allowed, scores, float("-inf"))
        heads = ops.einsum("bhst,bthk->bshk", ops.softmax(scores, axis=-1), v)
        B, T = ops.shape(heads)[0], ops.shape(heads)[1]
        return ops.matmul(ops.reshape(heads, (B, T, h * k)), ops.reshape(self.output_kernel, (h * k, -1)))
