# Initialises A with "ones" instead of at random (A only has to be non-zero, it reasons): every column of A is the
# same, so x A has r equal columns, B's rows and then A's columns get equal gradients and stay equal, and A B keeps
# rank 1 whatever the rank r.
class LoRADense(LoRADense):
    def build(self, input_shape):
        d_in, d_out = int(input_shape[-1]), int(self.base.units)
        self.A = self.add_weight(name="lora_A", shape=(d_in, self.rank), initializer="ones", trainable=True)
        self.B = self.add_weight(name="lora_B", shape=(self.rank, d_out), initializer="zeros", trainable=True)
