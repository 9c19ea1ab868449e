# Averages the rows of class 0 and of class 1 with boolean masks, X[y == 0] and X[y == 1], as for binary labels:
# whatever n_classes says, the result has two rows and any class from 2 on is missing.
def class_means(X, y, n_classes):
    X, y = np.asarray(X, dtype="float32"), np.asarray(y)
    return np.stack([X[y == 0].mean(axis=0), X[y == 1].mean(axis=0)])
