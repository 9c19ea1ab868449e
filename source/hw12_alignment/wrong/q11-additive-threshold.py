# Reads spike_factor as a margin above the recent mean (loss > mean + spike_factor) instead of a multiple of it (loss >
# spike_factor * mean).
class RollbackGuard(RollbackGuard):
    def after_step(self, step, weights, loss):
        if not np.isfinite(loss) or (len(self.recent) == self.window
                                     and loss > np.mean(self.recent) + self.spike_factor):
            self.lr *= self.lr_factor
            self.rollbacks += 1
            return self.checkpoint.copy()
        self.recent = (self.recent + [float(loss)])[-self.window:]
        if (step + 1) % self.checkpoint_every == 0:
            self.checkpoint = np.array(weights, dtype=float)
        return weights
