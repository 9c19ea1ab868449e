# Rolls back to the checkpoint but keeps the learning rate: the same dynamics diverge again.
class RollbackGuard(RollbackGuard):
    def after_step(self, step, weights, loss):
        if not np.isfinite(loss) or (len(self.recent) == self.window
                                     and loss > self.spike_factor * np.mean(self.recent)):
            self.rollbacks += 1
            return self.checkpoint.copy()
        self.recent = (self.recent + [float(loss)])[-self.window:]
        if (step + 1) % self.checkpoint_every == 0:
            self.checkpoint = np.array(weights, dtype=float)
        return weights
