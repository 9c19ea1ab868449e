# Saves the checkpoint when step % checkpoint_every == 0: one step early (step 0 is the first step, not the start).
class RollbackGuard(RollbackGuard):
    def after_step(self, step, weights, loss):
        if not np.isfinite(loss) or (len(self.recent) == self.window
                                     and loss > self.spike_factor * np.mean(self.recent)):
            self.lr *= self.lr_factor
            self.rollbacks += 1
            return self.checkpoint.copy()
        self.recent = (self.recent + [float(loss)])[-self.window:]
        if step % self.checkpoint_every == 0:
            self.checkpoint = np.array(weights, dtype=float)
        return weights
