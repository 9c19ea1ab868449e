# Standardises the caller's array in place (X -= mean; X /= std) and returns it: the values are right, but the
# caller's raw data is gone.
def standardize(X):
    X -= X.mean(axis=0)
    X /= X.std(axis=0)
    return X
