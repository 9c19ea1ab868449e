# Sorts the runs by size first with one argsort applied to both arrays (new arrays, the caller's stay as they were),
# then fits: the same least-squares parabola, whatever order the runs came in.
def isoflop_minimum(n_params, losses):
    n_params, losses = np.asarray(n_params, dtype=float), np.asarray(losses, dtype=float)
    order = np.argsort(n_params)
    a, b, _ = np.polyfit(np.log10(n_params[order]), losses[order], 2)
    return 10 ** (-b / (2 * a))
