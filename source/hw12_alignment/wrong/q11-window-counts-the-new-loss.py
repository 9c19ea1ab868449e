# Counts the new loss toward the window (len(self.recent) + 1 >= window): it compares once window - 1 losses are
# accepted, with the mean of one loss fewer than the rule's window, one step before a reference exists.
class RollbackGuard(RollbackGuard):
    def after_step(self, step, weights, loss):
        ready = len(self.recent) > 0 and len(self.recent) + 1 >= self.window
        if not np.isfinite(loss) or (ready and loss > self.spike_factor * np.mean(self.recent)):
            self.lr *= self.lr_factor
            self.rollbacks += 1
            return self.checkpoint.copy()
        self.recent = (self.recent + [float(loss)])[-self.window:]
        if (step + 1) % self.checkpoint_every == 0:
            self.checkpoint = np.array(weights, dtype=float)
        return weights
