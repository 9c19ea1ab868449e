# Returns scipy.spatial.distance.jensenshannon(p, q) as it is: SciPy returns the Jensen-Shannon distance, the square
# root of the divergence, so this is sqrt(JSD) (sqrt(log 2) = 0.8326 for disjoint supports instead of log 2).
def js_divergence(p, q):
    from scipy.spatial.distance import jensenshannon
    return float(jensenshannon(p, q))
