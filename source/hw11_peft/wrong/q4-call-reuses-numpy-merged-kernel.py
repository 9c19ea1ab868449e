# merged_kernel() reads each weight with np.asarray (as the prompt's hint reads a Variable) and call reuses it,
# x @ merged_kernel() + bias: the right outputs, but a NumPy array is a constant, so no gradient reaches A and B
# and the LoRA layer can never be trained.
class LoRADense(LoRADense):
    def call(self, x):
        return ops.matmul(x, self.merged_kernel()) + self.base.bias

    def merged_kernel(self):
        return np.asarray(self.base.kernel) + self.scale * np.asarray(self.A) @ np.asarray(self.B)
