# Drops the absolute value: flows in opposite directions cancel instead of adding up.
def emd_1d(P, Q):
    P = np.asarray(P, dtype="float64")
    Q = np.asarray(Q, dtype="float64")
    return float(np.sum(np.cumsum(P) - np.cumsum(Q)))
