# Calls scipy.stats.wasserstein_distance(P, Q), which reads P and Q as samples of values, not as masses on bins: it
# compares the sets of bin heights and ignores where the mass sits.
def emd_1d(P, Q):
    from scipy.stats import wasserstein_distance
    return float(wasserstein_distance(np.asarray(P, dtype="float64"), np.asarray(Q, dtype="float64")))
