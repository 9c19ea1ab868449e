# Never resets the count of finite steps after an overflow: the scale doubles again too soon.
class DynamicLossScaler(DynamicLossScaler):
    def update(self, finite):
        if not finite:
            self.scale /= 2.0
            return
        self.good_steps += 1
        if self.good_steps >= self.growth_interval:
            self.scale *= 2.0
            self.good_steps = 0
