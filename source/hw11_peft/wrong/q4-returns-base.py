# Degenerate stub: freezes the base and creates A and B, but call returns the base layer's output unchanged (no LoRA
# branch) and merged_kernel returns W0.
class LoRADense(keras.layers.Layer):
    def __init__(self, base, rank, alpha=None, **kwargs):
        super().__init__(**kwargs)
        self.base = base
        self.rank = int(rank)
        self.base.trainable = False
        self.alpha = float(self.rank if alpha is None else alpha)
        self.scale = self.alpha / self.rank

    def build(self, input_shape):
        d_in, d_out = int(input_shape[-1]), int(self.base.units)
        self.A = self.add_weight(name="lora_A", shape=(d_in, self.rank),
                                 initializer=keras.initializers.RandomNormal(stddev=0.02), trainable=True)
        self.B = self.add_weight(name="lora_B", shape=(self.rank, d_out), initializer="zeros", trainable=True)

    def call(self, x):
        return self.base(x)

    def merged_kernel(self):
        return self.base.kernel

    def unwrap(self):
        return self.base
