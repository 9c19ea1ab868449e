# Forgets the factors 1/2: returns KL(p || m) + KL(q || m), twice the JSD (2 log 2 for disjoint supports).
def js_divergence(p, q):
    p = np.asarray(p, dtype="float64")
    q = np.asarray(q, dtype="float64")
    m = 0.5 * (p + q)

    def kl(a, b):
        mask = a > 0
        return np.sum(a[mask] * np.log(a[mask] / b[mask]))

    return float(kl(p, m) + kl(q, m))
