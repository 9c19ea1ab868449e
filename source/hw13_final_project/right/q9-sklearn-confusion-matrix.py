# scikit-learn's confusion_matrix with labels=range(num_classes) (so that an absent label keeps its row), the recall
# with np.nan_to_num under np.errstate, and the weights as dict(enumerate(...)) of a float64 array's tolist().
from sklearn import metrics as _metrics


def confusion_matrix(true_ids, predicted_ids, num_classes=3):
    true_ids, predicted_ids = np.asarray(true_ids, dtype=int), np.asarray(predicted_ids, dtype=int)
    return _metrics.confusion_matrix(true_ids, predicted_ids, labels=list(range(num_classes)))


def per_class_recall(matrix):
    matrix = np.asarray(matrix, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.nan_to_num(np.diag(matrix) / matrix.sum(axis=1), nan=0.0)


def balanced_class_weights(labels, num_classes=3):
    counts = np.bincount(np.asarray(labels, dtype=int), minlength=num_classes).astype(float)
    return dict(enumerate((len(labels) / (num_classes * counts)).tolist()))
