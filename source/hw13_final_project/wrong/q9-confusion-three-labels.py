# Sizes the matrix from LABELS (3 x 3) instead of the num_classes argument: fails for any other number of labels.
def confusion_matrix(true_ids, predicted_ids, num_classes=3):
    matrix = np.zeros((len(LABELS), len(LABELS)), dtype=np.int64)
    np.add.at(matrix, (np.asarray(true_ids, dtype=np.int64), np.asarray(predicted_ids, dtype=np.int64)), 1)
    return matrix
