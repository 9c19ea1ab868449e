# Casts with np.asarray(X, dtype="float32"), then standardises in place (X -= ...; X /= ...): asarray copies only to
# change the dtype, so a float64 caller's data survives, but a float32 array is the same object and is overwritten.
def standardize(X):
    X = np.asarray(X, dtype="float32")
    X -= X.mean(axis=0)
    X /= X.std(axis=0)
    return X
