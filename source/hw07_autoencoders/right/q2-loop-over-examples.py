# One example at a time: the mean of each row's squared differences, collected into a float64 NumPy array.
def reconstruction_errors(X, X_hat):
    return np.array([np.mean((np.asarray(x, dtype="float64") - np.asarray(x_hat, dtype="float64")) ** 2)
                     for x, x_hat in zip(X, X_hat)])
