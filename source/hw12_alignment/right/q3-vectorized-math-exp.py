# Exponentiates the difference entry by entry with math.exp through np.vectorize, which works on arrays of any shape
# (math.exp alone takes one number): the same float64 ratios.
import math


def probability_ratio(logp_new, logp_old):
    diff = np.asarray(logp_new, dtype=float) - np.asarray(logp_old, dtype=float)
    return np.vectorize(math.exp, otypes=[float])(diff)
