# Clamps the margin to [-50, 50] so that exp cannot overflow: a pair with a margin below -50 has its loss capped at 50.
def reward_model_loss(r_chosen, r_rejected):
    margin = np.clip(np.asarray(r_chosen, dtype=float) - np.asarray(r_rejected, dtype=float), -50.0, 50.0)
    return float(np.mean(np.log1p(np.exp(-margin))))
