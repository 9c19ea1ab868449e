# Fits the line on float32 logarithms, as Keras data usually is (np.asarray(..., dtype="float32")): the same slope to
# about 1e-6 and k = 10 ** intercept to about 2e-5, which the float32 rounding allows.
def fit_power_law(x, y):
    log_x = np.log10(np.asarray(x, dtype="float32"))
    slope, intercept = np.polyfit(log_x, np.log10(np.asarray(y, dtype="float32")), 1)
    return 10 ** intercept, slope
