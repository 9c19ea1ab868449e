# Writes call and merged_kernel with Python's @ operator instead of ops.matmul, keeps alpha as a float (4.5 stays
# 4.5) and A with the default Glorot-uniform initializer: the same layer on (batch, d_in) and (batch, seq, d_in).
class LoRADense(keras.layers.Layer):
    def __init__(self, base, rank, alpha=None, **kwargs):
        super().__init__(**kwargs)
        self.base = base
        self.rank = int(rank)
        base.trainable = False
        self.scale = 1.0 if alpha is None else float(alpha) / self.rank

    def build(self, input_shape):
        d_in, d_out = int(input_shape[-1]), int(self.base.units)
        self.A = self.add_weight(shape=(d_in, self.rank), initializer="glorot_uniform", name="A")
        self.B = self.add_weight(shape=(self.rank, d_out), initializer="zeros", name="B")

    def call(self, x):
        return self.base(x) + self.scale * (x @ self.A @ self.B)

    def merged_kernel(self):
        return self.base.kernel + self.scale * (self.A @ self.B)

    def unwrap(self):
        return self.base
