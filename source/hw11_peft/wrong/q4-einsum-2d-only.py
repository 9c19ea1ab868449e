# Writes the LoRA branch as ops.einsum("bi,ir,ro->bo", ...), which names exactly two axes for x: right on a
# (batch, d_in) input, an error on a (batch, seq, d_in) one, where the base Dense layer itself works.
class LoRADense(LoRADense):
    def call(self, x):
        return self.base(x) + self.scale * ops.einsum("bi,ir,ro->bo", x, self.A, self.B)
