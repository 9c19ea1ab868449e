# Keeps alpha as given (None included) and computes the scale in call from alpha or rank, but merged_kernel()
# divides the stored alpha by the rank again: right for a given alpha, a TypeError for alpha=None.
class LoRADense(LoRADense):
    def __init__(self, base, rank, alpha=None, **kwargs):
        super().__init__(base, rank, alpha, **kwargs)
        self.alpha = alpha

    def merged_kernel(self):
        return self.base.kernel + (self.alpha / self.rank) * ops.matmul(self.A, self.B)
