# Fits the parabola in float32, as Keras data usually is (np.asarray(..., dtype="float32")): the same vertex to about
# 1e-6 of N, which the float32 rounding of log10 N allows.
def isoflop_minimum(n_params, losses):
    x = np.log10(np.asarray(n_params, dtype="float32"))
    a, b, _ = np.polyfit(x, np.asarray(losses, dtype="float32"), 2)
    return 10 ** (-b / (2 * a))
