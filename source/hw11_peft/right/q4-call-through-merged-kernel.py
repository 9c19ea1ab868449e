# call multiplies x by merged_kernel() and adds base's bias, x (W0 + (alpha/r) A B) + b, instead of base(x) plus the
# branch: merged_kernel computes with keras.ops on the variables themselves, so A and B still get their gradients.
class LoRADense(LoRADense):
    def call(self, x):
        return ops.matmul(x, self.merged_kernel()) + self.base.bias
