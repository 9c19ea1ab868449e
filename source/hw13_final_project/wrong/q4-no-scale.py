# Adds x A B without the alpha / rank scale.
class LoRADense(keras.layers.Layer):
    def __init__(self, base, rank, alpha, **kwargs):
        super().__init__(**kwargs)
        self.base = base
        self.rank = int(rank)
        self.base.trainable = False

    def build(self, input_shape):
        d_in, d_out = int(input_shape[-1]), int(self.base.units)
        self.A = self.add_weight(shape=(d_in, self.rank), name="lora_A",
                                 initializer=keras.initializers.RandomNormal(stddev=0.02))
        self.B = self.add_weight(shape=(self.rank, d_out), initializer="zeros", name="lora_B")

    def call(self, inputs):
        return self.base(inputs) + keras.ops.matmul(keras.ops.matmul(inputs, self.A), self.B)
