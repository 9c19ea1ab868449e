# Returns the best size that was trained instead of the parabola's vertex, which lies between the grid's sizes.
def isoflop_minimum(n_params, losses):
    return n_params[np.argmin(losses)]
