# Fits the parabola to the five runs around the lowest loss only (its index +- 2), trimming the profile's far ends:
# the same as fitting every run when a budget has five runs, a different vertex when it has more.
def isoflop_minimum(n_params, losses):
    n_params, losses = np.asarray(n_params, dtype=float), np.asarray(losses, dtype=float)
    order = np.argsort(n_params)
    n_params, losses = n_params[order], losses[order]
    best = int(np.argmin(losses))
    lo = max(0, min(best - 2, len(losses) - 5))
    a, b, _ = np.polyfit(np.log10(n_params[lo:lo + 5]), losses[lo:lo + 5], 2)
    return 10 ** (-b / (2 * a))
