# merged_kernel() merges in place, like a "merge and unload": it writes W0 + (alpha/r) A B into the base kernel
# and zeroes B (so the layer's output is unchanged) before returning it, so W0 is lost and unwrap() later
# returns a changed layer.
class LoRADense(LoRADense):
    def merged_kernel(self):
        merged = self.base.kernel + self.scale * ops.matmul(self.A, self.B)
        self.base.kernel.assign(merged)
        self.B.assign(ops.zeros_like(self.B))
        return merged
