# -log sigmoid(m) = softplus(-m), written as max(x, 0) + log(1 + e^-|x|) with x = -m: the exponent is never positive,
# so it is stable for margins of either sign, like np.logaddexp.
def reward_model_loss(r_chosen, r_rejected):
    x = np.asarray(r_rejected, dtype=float) - np.asarray(r_chosen, dtype=float)
    return float(np.mean(np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))))
