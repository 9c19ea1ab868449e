# Picks the stable form by the margin's sign with np.where: log(1 + e^-m) for m >= 0 and -m + log(1 + e^m) for m < 0.
# np.where computes both branches, so the one it discards may overflow (silenced); the one it keeps never does.
def reward_model_loss(r_chosen, r_rejected):
    m = np.asarray(r_chosen, dtype=float) - np.asarray(r_rejected, dtype=float)
    with np.errstate(over="ignore"):
        losses = np.where(m >= 0, np.log1p(np.exp(-m)), -m + np.log1p(np.exp(m)))
    return float(np.mean(losses))
