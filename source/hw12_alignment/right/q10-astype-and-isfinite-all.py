# Casts with astype(np.float32) then divides by the scale as a Python float (NumPy keeps float32), checks every array
# with np.isfinite(...).all(), and counts good steps with an early return: the same two rules.
class DynamicLossScaler(DynamicLossScaler):
    def unscale(self, scaled_grads):
        grads = [np.asarray(g).astype(np.float32) / self.scale for g in scaled_grads]
        finite = True
        for g in grads:
            finite = finite and bool(np.isfinite(g).all())
        return grads, finite

    def update(self, finite):
        if finite:
            self.good_steps += 1
            if self.good_steps < self.growth_interval:
                return
            self.scale = self.scale * 2.0
        else:
            self.scale = self.scale * 0.5
        self.good_steps = 0
