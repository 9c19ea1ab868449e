# Orders the losses by size, then sorts the sizes with n_params.sort(): the vertex is right, but the caller's sizes are
# now sorted in place while its losses are not, so every later use of those runs pairs sizes with the wrong losses.
def isoflop_minimum(n_params, losses):
    order = np.argsort(n_params)
    losses = losses[order]
    n_params.sort()
    a, b, _ = np.polyfit(np.log10(n_params), losses, 2)
    return 10 ** (-b / (2 * a))
