# Reads alpha=None as alpha=1 (scale 1/rank) instead of alpha=rank (scale 1).
class LoRADense(keras.layers.Layer):
    def __init__(self, base, rank, alpha=None, **kwargs):
        super().__init__(**kwargs)
        self.base = base
        self.rank = int(rank)
        self.base.trainable = False
        self.alpha = float(1.0 if alpha is None else alpha)
        self.scale = self.alpha / self.rank

    def build(self, input_shape):
        d_in, d_out = int(input_shape[-1]), int(self.base.units)
        self.A = self.add_weight(name="lora_A", shape=(d_in, self.rank),
                                 initializer=keras.initializers.RandomNormal(stddev=0.02), trainable=True)
        self.B = self.add_weight(name="lora_B", shape=(self.rank, d_out), initializer="zeros", trainable=True)

    def call(self, x):
        return self.base(x) + self.scale * ops.matmul(ops.matmul(x, self.A), self.B)

    def merged_kernel(self):
        return self.base.kernel + self.scale * ops.matmul(self.A, self.B)

    def unwrap(self):
        return self.base
