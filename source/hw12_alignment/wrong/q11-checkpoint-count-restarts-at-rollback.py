# Counts accepted steps since the last checkpoint, and restarts the count at a rollback ("back at the checkpoint"):
# the prompt's rule is by step number, after step s when (s + 1) is a multiple of checkpoint_every.
class RollbackGuard(RollbackGuard):
    def after_step(self, step, weights, loss):
        self.since = getattr(self, "since", 0)
        if not np.isfinite(loss) or (len(self.recent) == self.window
                                     and loss > self.spike_factor * np.mean(self.recent)):
            self.lr *= self.lr_factor
            self.rollbacks += 1
            self.since = 0
            return self.checkpoint.copy()
        self.recent = (self.recent + [float(loss)])[-self.window:]
        self.since += 1
        if self.since == self.checkpoint_every:
            self.checkpoint = np.array(weights, dtype=float)
            self.since = 0
        return weights
