# Returns the loss of every pair, not their mean over the batch.
def reward_model_loss(r_chosen, r_rejected):
    margin = np.asarray(r_chosen, dtype=float) - np.asarray(r_rejected, dtype=float)
    return np.logaddexp(0.0, -margin)
