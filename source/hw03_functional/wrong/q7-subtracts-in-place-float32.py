# Works in float32, Keras' dtype, and subtracts the forecast in place: np.asarray(r, dtype="float32") copies a float64
# array but hands back a float32 one (such as the notebook's R) itself, whose returns it overwrites with the residuals.
def total_r2(r, r_hat):
    r = np.asarray(r, dtype="float32")
    total = np.sum(r ** 2)
    r -= np.asarray(r_hat, dtype="float32")
    return float(1.0 - np.sum(r ** 2) / total)
