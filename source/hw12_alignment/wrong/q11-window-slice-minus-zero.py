# Keeps the last window - 1 accepted losses and appends the new one with self.recent[-(self.window - 1):]: right for
# window >= 2, but for window = 1 that is self.recent[-0:], the WHOLE list, which then grows and never fills the window.
class RollbackGuard(RollbackGuard):
    def after_step(self, step, weights, loss):
        full = len(self.recent) == self.window
        if not np.isfinite(loss) or (full and loss > self.spike_factor * np.mean(self.recent)):
            self.lr *= self.lr_factor
            self.rollbacks += 1
            return self.checkpoint.copy()
        self.recent = self.recent[-(self.window - 1):] + [float(loss)]
        if (step + 1) % self.checkpoint_every == 0:
            self.checkpoint = np.array(weights, dtype=float)
        return weights
