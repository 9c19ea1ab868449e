# Creates A and B in the constructor, sized from the built base layer's kernel (d_in, d_out), instead of in build:
# the same weights once the layer exists, and the same layer on (batch, d_in) and (batch, seq, d_in) inputs.
class LoRADense(keras.layers.Layer):
    def __init__(self, base, rank, alpha=None, **kwargs):
        super().__init__(**kwargs)
        self.base = base
        self.rank = int(rank)
        base.trainable = False
        self.scale = (self.rank if alpha is None else float(alpha)) / self.rank
        d_in, d_out = base.kernel.shape
        self.A = self.add_weight(shape=(d_in, self.rank), initializer="random_normal", name="lora_A")
        self.B = self.add_weight(shape=(self.rank, d_out), initializer="zeros", name="lora_B")

    def call(self, x):
        return self.base(x) + self.scale * ops.matmul(ops.matmul(x, self.A), self.B)

    def merged_kernel(self):
        return self.base.kernel + self.scale * ops.matmul(self.A, self.B)

    def unwrap(self):
        return self.base
