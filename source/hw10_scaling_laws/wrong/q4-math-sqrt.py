# math.sqrt instead of np.sqrt: right for one budget, a TypeError for an array of budgets.
import math


def chinchilla_optimal(compute, tokens_per_param=20):
    n_params = math.sqrt(compute / (6.0 * tokens_per_param))
    return n_params, tokens_per_param * n_params
