# Skips nothing and never lowers the scale: once a gradient overflows, every later step overflows too.
class DynamicLossScaler(DynamicLossScaler):
    def update(self, finite):
        self.good_steps += 1
        if self.good_steps == self.growth_interval:
            self.scale *= 2.0
            self.good_steps = 0
