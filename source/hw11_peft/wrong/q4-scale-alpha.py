# Scales the update by alpha instead of alpha/rank (the same wrong factor in call and merged_kernel).
class LoRADense(LoRADense):
    def __init__(self, base, rank, alpha=None, **kwargs):
        super().__init__(base, rank, alpha, **kwargs)
        self.scale = self.alpha
