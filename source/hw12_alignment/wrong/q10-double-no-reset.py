# Forgets to restart the count after doubling: the count runs past growth_interval and the scale never doubles again
# until an overflow.
class DynamicLossScaler(DynamicLossScaler):
    def update(self, finite):
        if not finite:
            self.scale /= 2.0
            self.good_steps = 0
            return
        self.good_steps += 1
        if self.good_steps == self.growth_interval:
            self.scale *= 2.0
