# Initialises B at random like A, so the wrapped model no longer starts from the pre-trained one.
class LoRADense(tf.keras.layers.Layer):
    def __init__(self, base, rank, alpha, **kwargs):
        super().__init__(**kwargs)
        self.base = base
        self.rank = int(rank)
        self.base.trainable = False
        self.scale = float(alpha) / self.rank

    def build(self, input_shape):
        d_in, d_out = int(input_shape[-1]), int(self.base.units)
        self.A = self.add_weight(name="lora_A", shape=(d_in, self.rank), trainable=True,
                                 initializer=tf.keras.initializers.RandomNormal(stddev=0.02))
        self.B = self.add_weight(name="lora_B", shape=(self.rank, d_out), trainable=True,
                                 initializer=tf.keras.initializers.RandomNormal(stddev=0.02))
        super().build(input_shape)

    def call(self, inputs):
        update = tf.tensordot(tf.tensordot(inputs, self.A, axes=1), self.B, axes=1)
        return self.base(inputs) + self.scale * update
