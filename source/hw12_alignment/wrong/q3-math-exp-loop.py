# Loops over the entries with math.exp: fine on a 1-D batch, but a 2-D batch hands math.exp a whole row and raises.
import math


def probability_ratio(logp_new, logp_old):
    return np.array([math.exp(new - old) for new, old in zip(logp_new, logp_old)])
