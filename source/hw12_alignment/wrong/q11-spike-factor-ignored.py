# Writes the threshold as 3 times the recent mean (the default) and ignores the spike_factor argument.
class RollbackGuard(RollbackGuard):
    def after_step(self, step, weights, loss):
        if not np.isfinite(loss) or (len(self.recent) == self.window and loss > 3.0 * np.mean(self.recent)):
            self.lr *= self.lr_factor
            self.rollbacks += 1
            return self.checkpoint.copy()
        self.recent = (self.recent + [float(loss)])[-self.window:]
        if (step + 1) % self.checkpoint_every == 0:
            self.checkpoint = np.array(weights, dtype=float)
        return weights
