# Sums the squares in a Python loop over every entry (array.flat visits all of them, whatever the shape) with
# math.fsum, instead of vectorised NumPy: the same sums over all entries, unclipped.
import math


def total_r2(r, r_hat):
    r = np.asarray(r, dtype="float64")
    r_hat = np.asarray(r_hat, dtype="float64")
    squared_errors = math.fsum((a - b) ** 2 for a, b in zip(r.flat, r_hat.flat))
    squared_returns = math.fsum(a * a for a in r.flat)
    return 1.0 - squared_errors / squared_returns
