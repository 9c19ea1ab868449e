# Keeps self.recent by appending each accepted loss and dropping the oldest while there are more than `window`, and
# takes the checkpoint as a copy with np.copy: the same rules in another order of statements.
class RollbackGuard(RollbackGuard):
    def after_step(self, step, weights, loss):
        loss = float(loss)
        full = len(self.recent) >= self.window
        if not np.isfinite(loss) or (full and loss > self.spike_factor * (sum(self.recent) / len(self.recent))):
            self.rollbacks += 1
            self.lr = self.lr * self.lr_factor
            return np.copy(self.checkpoint)
        self.recent.append(loss)
        while len(self.recent) > self.window:
            self.recent.pop(0)
        if step % self.checkpoint_every == self.checkpoint_every - 1:
            self.checkpoint = np.copy(np.asarray(weights, dtype=float))
        return weights
