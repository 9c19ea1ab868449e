# SciPy's log of the logistic function, scipy.special.log_expit, which is stable for margins of either sign:
# -log sigmoid(m) = -log_expit(m).
from scipy.special import log_expit


def reward_model_loss(r_chosen, r_rejected):
    margin = np.asarray(r_chosen, dtype=float) - np.asarray(r_rejected, dtype=float)
    return float(-np.mean(log_expit(margin)))
