# Avoids the in-place bug with X.copy() and then standardises the copy in place (Z -= ...; Z /= ...): the copy keeps
# X's dtype, so a matrix of integers (counts, pixel values) raises a casting error instead of giving floats.
def standardize(X):
    Z = np.array(X, copy=True)
    Z -= Z.mean(axis=0)
    Z /= Z.std(axis=0)
    return Z
