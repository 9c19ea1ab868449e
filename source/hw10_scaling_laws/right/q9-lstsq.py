# Solves the least-squares line with np.linalg.lstsq on the design matrix [log10 x, 1] instead of np.polyfit.
def fit_power_law(x, y):
    design = np.column_stack([np.log10(x), np.ones(len(x))])
    (a, log_k), *_ = np.linalg.lstsq(design, np.log10(y), rcond=None)
    return 10 ** log_k, a
