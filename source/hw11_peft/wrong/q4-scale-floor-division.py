# Computes the LoRA scale with floor division, alpha // rank: right whenever rank divides alpha (4 // 2 = 2),
# but 3 // 2 = 1 instead of 1.5.
class LoRADense(LoRADense):
    def __init__(self, base, rank, alpha=None, **kwargs):
        super().__init__(base, rank, alpha, **kwargs)
        self.scale = self.alpha // self.rank
