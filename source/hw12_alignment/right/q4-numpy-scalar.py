# Returns np.mean of the softplus as a NumPy float64 scalar (not converted to a Python float).
def reward_model_loss(r_chosen, r_rejected):
    margin = np.subtract(r_chosen, r_rejected, dtype=float)
    return np.mean(np.logaddexp(0.0, -margin))
