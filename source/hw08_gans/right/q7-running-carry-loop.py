# Walks the bins left to right with a Python loop, carrying the surplus mass P_k - Q_k that must cross to the next bin
# and adding its absolute value as work, instead of subtracting two np.cumsum arrays: the carry after bin k is F_P(k) -
# F_Q(k), so the total is the same sum.
def emd_1d(P, Q):
    carry, work = 0.0, 0.0
    for p_k, q_k in zip(np.asarray(P, dtype="float64"), np.asarray(Q, dtype="float64")):
        carry += p_k - q_k
        work += abs(carry)
    return float(work)
