# Projects with ops.tensordot, moves the heads forward with ops.transpose and uses ops.matmul for the scores and the
# blend, builds the causal mask by comparing ops.arange vectors and masks with a large negative score (-1e9, as Keras
# itself does) instead of -inf: exp(-1e9 - max) is exactly 0 in float32, so the weights are the same.
class MultiHeadSelfAttention(keras.layers.Layer):
    def __init__(self, num_heads, key_dim, **kwargs):
        super().__init__(**kwargs)
        self.num_heads = num_heads
        self.key_dim = key_dim

    def build(self, input_shape):
        d_model = input_shape[-1]
        h, k = self.num_heads, self.key_dim
        for part in ("query", "key", "value"):
            setattr(self, f"{part}_kernel", self.add_weight(name=f"{part}_kernel", shape=(d_model, h, k),
                                                            initializer="glorot_uniform"))
            setattr(self, f"{part}_bias", self.add_weight(name=f"{part}_bias", shape=(h, k), initializer="zeros"))
        self.output_kernel = self.add_weight(name="output_kernel", shape=(h, k, d_model), initializer="glorot_uniform")
        self.output_bias = self.add_weight(name="output_bias", shape=(d_model,), initializer="zeros")

    def get_config(self):
        return {**super().get_config(), "num_heads": self.num_heads, "key_dim": self.key_dim}

    def call(self, x, use_causal_mask=False):
        ops = keras.ops
        h, k = self.num_heads, self.key_dim

        def heads_first(kernel, bias):
            projected = ops.tensordot(x, kernel, axes=[[2], [0]]) + bias     # (B, T, h, k)
            return ops.transpose(projected, (0, 2, 1, 3))                   # (B, h, T, k)

        q = heads_first(self.query_kernel, self.query_bias)
        kk = heads_first(self.key_kernel, self.key_bias)
        v = heads_first(self.value_kernel, self.value_bias)
        scores = ops.matmul(q, ops.transpose(kk, (0, 1, 3, 2))) / ops.sqrt(ops.cast(k, x.dtype))
        if use_causal_mask:
            positions = ops.arange(ops.shape(x)[1])
            allowed = ops.expand_dims(positions, 0) <= ops.expand_dims(positions, 1)   # [i, j]: j <= i
            scores = ops.where(allowed, scores, -1e9)
        weights = ops.softmax(scores, axis=-1)
        heads = ops.transpose(ops.matmul(weights, v), (0, 2, 1, 3))          # (B, T, h, k)
        return ops.tensordot(heads, self.output_kernel, axes=[[2, 3], [0, 1]]) + self.output_bias
