# Computes in float32, the dtype Keras works in, and returns a Python float: right to about 1e-7, not to 1e-9.
def total_r2(r, r_hat):
    r = np.asarray(r, dtype=np.float32)
    r_hat = np.asarray(r_hat, dtype=np.float32)
    return float(1.0 - np.sum(np.square(r - r_hat)) / np.sum(np.square(r)))
