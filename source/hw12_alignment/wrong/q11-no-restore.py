# Lowers the learning rate after a spike but keeps the damaged weights instead of the checkpoint.
class RollbackGuard(RollbackGuard):
    def after_step(self, step, weights, loss):
        if not np.isfinite(loss) or (len(self.recent) == self.window
                                     and loss > self.spike_factor * np.mean(self.recent)):
            self.lr *= self.lr_factor
            self.rollbacks += 1
            return weights
        self.recent = (self.recent + [float(loss)])[-self.window:]
        if (step + 1) % self.checkpoint_every == 0:
            self.checkpoint = np.array(weights, dtype=float)
        return weights
