# Tests the loss with np.isnan: an inf loss before the window is full is accepted, and the window's mean is inf from
# then on.
class RollbackGuard(RollbackGuard):
    def after_step(self, step, weights, loss):
        if np.isnan(loss) or (len(self.recent) == self.window and loss > self.spike_factor * np.mean(self.recent)):
            self.lr *= self.lr_factor
            self.rollbacks += 1
            return self.checkpoint.copy()
        self.recent = (self.recent + [float(loss)])[-self.window:]
        if (step + 1) % self.checkpoint_every == 0:
            self.checkpoint = np.array(weights, dtype=float)
        return weights
