# Creates A and B as keras.Variable objects (which a layer tracks, as it does add_weight's) in build, with a
# random-normal and a zero initializer: the same weights, trainable, in the same order.
class LoRADense(LoRADense):
    def build(self, input_shape):
        d_in, d_out = int(input_shape[-1]), int(self.base.units)
        self.A = keras.Variable(keras.initializers.RandomNormal(stddev=0.02)((d_in, self.rank)), name="lora_A")
        self.B = keras.Variable(keras.initializers.Zeros()((self.rank, d_out)), name="lora_B")
