# Tests the loss with math.isfinite, takes the window's mean with statistics.fmean, keeps the window by appending and
# slicing, and copies with np.array(..., copy=True): the same rules, in the standard library's words.
import math
import statistics


class RollbackGuard(RollbackGuard):
    def after_step(self, step, weights, loss):
        loss = float(loss)
        full = len(self.recent) >= self.window
        if not math.isfinite(loss) or (full and loss > self.spike_factor * statistics.fmean(self.recent)):
            self.rollbacks += 1
            self.lr = self.lr * self.lr_factor
            return np.array(self.checkpoint, dtype=float, copy=True)
        self.recent.append(loss)
        self.recent = self.recent[-self.window:]
        if (step + 1) % self.checkpoint_every == 0:
            self.checkpoint = np.array(weights, dtype=float, copy=True)
        return weights
