# Calls scipy.stats.wasserstein_distance with the bin positions as values and the histograms as weights, then
# multiplies by the total mass: scipy normalises the weights to probabilities, so its distance is per unit of mass.
def emd_1d(P, Q):
    from scipy.stats import wasserstein_distance
    P = np.asarray(P, dtype="float64")
    Q = np.asarray(Q, dtype="float64")
    total = P.sum()
    if total == 0:
        return 0.0
    bins = np.arange(len(P))
    return float(wasserstein_distance(bins, bins, P, Q) * total)
