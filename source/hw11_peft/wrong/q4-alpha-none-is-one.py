# Reads alpha=None as alpha=1 (scale 1/rank) instead of alpha=rank (scale 1).
class LoRADense(LoRADense):
    def __init__(self, base, rank, alpha=None, **kwargs):
        super().__init__(base, rank, 1.0 if alpha is None else alpha, **kwargs)
