# Initialises B at random like A, so the wrapped model no longer starts from the pre-trained one.
class LoRADense(keras.layers.Layer):
    def __init__(self, base, rank, alpha, **kwargs):
        super().__init__(**kwargs)
        self.base = base
        self.rank = int(rank)
        self.base.trainable = False
        self.scale = float(alpha) / self.rank

    def build(self, input_shape):
        d_in, d_out = int(input_shape[-1]), int(self.base.units)
        self.A = self.add_weight(shape=(d_in, self.rank), name="lora_A",
                                 initializer=keras.initializers.RandomNormal(stddev=0.02))
        self.B = self.add_weight(shape=(self.rank, d_out), name="lora_B",
                                 initializer=keras.initializers.RandomNormal(stddev=0.02))

    def call(self, inputs):
        update = keras.ops.matmul(keras.ops.matmul(inputs, self.A), self.B)
        return self.base(inputs) + self.scale * update
