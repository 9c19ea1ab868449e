# Swaps chosen and rejected: rewards the model for ranking the REJECTED answer higher.
def reward_model_loss(r_chosen, r_rejected):
    margin = np.asarray(r_rejected, dtype=float) - np.asarray(r_chosen, dtype=float)
    return float(np.mean(np.logaddexp(0.0, -margin)))
