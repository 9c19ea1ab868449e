# Sizes the matrix from the largest id it is given, so a label that never occurs loses its row and column.
def confusion_matrix(true_ids, predicted_ids, num_classes=3):
    true_ids, predicted_ids = np.asarray(true_ids, dtype=np.int64), np.asarray(predicted_ids, dtype=np.int64)
    size = int(max(true_ids.max(), predicted_ids.max())) + 1
    matrix = np.zeros((size, size), dtype=np.int64)
    np.add.at(matrix, (true_ids, predicted_ids), 1)
    return matrix
