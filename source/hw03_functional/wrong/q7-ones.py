# Degenerate stub: returns the constant 1.0 whatever r and r_hat.
def total_r2(r, r_hat):
    return 1.0
