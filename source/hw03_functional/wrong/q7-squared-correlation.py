# Squares the correlation of r and r_hat, the R^2 of a regression of r on r_hat, not the total R^2.
def total_r2(r, r_hat):
    return float(np.corrcoef(np.ravel(r), np.ravel(r_hat))[0, 1] ** 2)
