# Halves the scale with floor division, self.scale //= 2: exact for the usual powers of two above 1, but 3.0 // 2
# is 1.0, and 1.0 // 2 is 0.0: a scale of 0 turns every gradient into inf (or nan) and never recovers.
class DynamicLossScaler(DynamicLossScaler):
    def update(self, finite):
        if not finite:
            self.scale //= 2
            self.good_steps = 0
            return
        self.good_steps += 1
        if self.good_steps == self.growth_interval:
            self.scale *= 2
            self.good_steps = 0
