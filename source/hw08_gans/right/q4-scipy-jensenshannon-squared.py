# Calls scipy.spatial.distance.jensenshannon, which returns the Jensen-Shannon distance, the square root of the
# divergence (natural log by default), and squares it: the same divergence in nats, as a Python float.
def js_divergence(p, q):
    from scipy.spatial.distance import jensenshannon
    return float(jensenshannon(p, q) ** 2)
