# Names the weights "A" and "B", initialises A with a Glorot-uniform initializer (random, as asked), multiplies
# x (A B) instead of (x A) B, and computes the scale where it is used: the same layer, the same outputs.
class LoRADense(LoRADense):
    def __init__(self, base, rank, alpha=None, **kwargs):
        keras.layers.Layer.__init__(self, **kwargs)
        self.base = base
        self.rank = int(rank)
        base.trainable = False
        self.alpha = float(alpha) if alpha is not None else float(rank)
        self.scale = self.alpha / float(self.rank)

    def build(self, input_shape):
        self.A = self.add_weight(shape=(int(input_shape[-1]), self.rank), initializer="glorot_uniform", name="A")
        self.B = self.add_weight(shape=(self.rank, int(self.base.units)), initializer="zeros", name="B")

    def call(self, x):
        return ops.add(self.base(x), ops.matmul(x, ops.matmul(self.A, self.B)) * self.scale)

    def merged_kernel(self):
        return ops.add(self.base.kernel, ops.multiply(self.scale, ops.matmul(self.A, self.B)))

    def unwrap(self):
        return self.base
