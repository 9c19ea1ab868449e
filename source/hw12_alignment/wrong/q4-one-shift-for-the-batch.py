# Writes log(1 + e^-m) = log(e^0 + e^-m) with the max trick, but takes ONE shift for the whole batch, max(0, -m) at
# its largest: a pair far below that shift has both exponentials underflow to 0, and its loss is log(0) = -inf.
def reward_model_loss(r_chosen, r_rejected):
    m = np.asarray(r_chosen, dtype=float) - np.asarray(r_rejected, dtype=float)
    shift = max(0.0, float(np.max(-m)))
    with np.errstate(divide="ignore"):
        return float(np.mean(shift + np.log(np.exp(-shift) + np.exp(-m - shift))))
