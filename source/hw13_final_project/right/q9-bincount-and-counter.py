# The confusion matrix as a bincount of the flat index true * K + predicted, the recall with np.where over a safe
# divisor, and the weights from a collections.Counter: the same arrays and dict.
import collections


def confusion_matrix(true_ids, predicted_ids, num_classes=3):
    flat = np.asarray(true_ids, dtype=int) * num_classes + np.asarray(predicted_ids, dtype=int)
    return np.bincount(flat, minlength=num_classes * num_classes).reshape(num_classes, num_classes)


def per_class_recall(matrix):
    matrix = np.asarray(matrix, dtype=float)
    totals = matrix.sum(axis=1)
    return np.where(totals > 0, np.diag(matrix) / np.maximum(totals, 1.0), 0.0)


def balanced_class_weights(labels, num_classes=3):
    counts = collections.Counter(int(label) for label in labels)
    n = sum(counts.values())
    return {k: n / (num_classes * counts[k]) for k in range(num_classes)}
