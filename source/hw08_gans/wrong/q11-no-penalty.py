# Computes and reports the gradient penalty but leaves it out of the critic's loss (its weight taken as 0): the critic's
# Lipschitz constraint is never enforced.
class WGANGP(WGANGP):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.gp_weight = 0.0
