# Adds every loss to the window, spikes included: the inflated mean hides the next spike.
class RollbackGuard(RollbackGuard):
    def after_step(self, step, weights, loss):
        spike = not np.isfinite(loss) or (
            len(self.recent) == self.window and loss > self.spike_factor * np.mean(self.recent))
        self.recent = (self.recent + [float(loss)])[-self.window:]
        if spike:
            self.lr *= self.lr_factor
            self.rollbacks += 1
            return self.checkpoint.copy()
        if (step + 1) % self.checkpoint_every == 0:
            self.checkpoint = np.array(weights, dtype=float)
        return weights
