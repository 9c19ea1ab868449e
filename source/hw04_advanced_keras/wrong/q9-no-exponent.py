# Uses the plain sum of squared differences, without the exponent 1.25.
def total_variation_loss(image):
    x = np.asarray(image, dtype="float32")
    a = (x[:-1, :-1, :] - x[1:, :-1, :]) ** 2
    b = (x[:-1, :-1, :] - x[:-1, 1:, :]) ** 2
    return np.sum(a + b)
