# Keeps the window in a collections.deque(maxlen=window), which drops the oldest loss by itself; the spike test,
# rollback and checkpoint rules are the same.
import collections


class RollbackGuard(RollbackGuard):
    def after_step(self, step, weights, loss):
        if not isinstance(self.recent, collections.deque):
            self.recent = collections.deque(self.recent, maxlen=self.window)
        full = len(self.recent) == self.window
        if not np.isfinite(loss) or (full and loss > self.spike_factor * np.mean(self.recent)):
            self.lr *= self.lr_factor
            self.rollbacks += 1
            return self.checkpoint.copy()
        self.recent.append(float(loss))
        if (step + 1) % self.checkpoint_every == 0:
            self.checkpoint = np.array(weights, dtype=float)
        return weights
