# Compares the loss with spike_factor times the MEDIAN of the window ("robust" to one large loss) instead of its
# mean: the same for a window of 1 or 2, but not for 3 or more.
class RollbackGuard(RollbackGuard):
    def after_step(self, step, weights, loss):
        full = len(self.recent) == self.window
        if not np.isfinite(loss) or (full and loss > self.spike_factor * np.median(self.recent)):
            self.lr *= self.lr_factor
            self.rollbacks += 1
            return self.checkpoint.copy()
        self.recent = (self.recent + [float(loss)])[-self.window:]
        if (step + 1) % self.checkpoint_every == 0:
            self.checkpoint = np.array(weights, dtype=float)
        return weights
