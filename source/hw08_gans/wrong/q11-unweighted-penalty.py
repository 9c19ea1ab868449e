# Adds the penalty without its weight gp_weight (lambda = 10 in the paper, so the constraint is ten times too weak): the
# same as a weight of 1.
class WGANGP(WGANGP):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.gp_weight = 1.0
