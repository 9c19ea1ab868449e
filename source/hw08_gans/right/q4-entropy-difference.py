# Uses the identity JSD(p || q) = H(m) - (H(p) + H(q)) / 2 with m = (p + q) / 2 and the Shannon entropy H (natural log,
# 0 log 0 = 0 via np.where), instead of the two KL terms: the same divergence.
def js_divergence(p, q):
    p = np.asarray(p, dtype="float64")
    q = np.asarray(q, dtype="float64")
    m = (p + q) / 2.0

    def entropy(a):
        safe = np.where(a > 0, a, 1.0)
        return -np.sum(np.where(a > 0, a * np.log(safe), 0.0))

    return float(entropy(m) - 0.5 * (entropy(p) + entropy(q)))
