# Uses the base-2 logarithm, so the divergence is in bits (at most 1) instead of nats (at most log 2).
def js_divergence(p, q):
    p = np.asarray(p, dtype="float64")
    q = np.asarray(q, dtype="float64")
    m = 0.5 * (p + q)

    def kl(a, b):
        mask = a > 0
        return np.sum(a[mask] * np.log2(a[mask] / b[mask]))

    return float(0.5 * kl(p, m) + 0.5 * kl(q, m))
