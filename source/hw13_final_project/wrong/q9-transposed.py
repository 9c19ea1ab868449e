# Counts predicted labels in the rows and true labels in the columns: the transposed matrix.
def confusion_matrix(true_ids, predicted_ids, num_classes=3):
    matrix = np.zeros((num_classes, num_classes), dtype=np.int64)
    np.add.at(matrix, (np.asarray(predicted_ids, dtype=np.int64), np.asarray(true_ids, dtype=np.int64)), 1)
    return matrix


val_confusion = confusion_matrix(validation["label"], [LABELS.index(name) for name in val_predicted])
