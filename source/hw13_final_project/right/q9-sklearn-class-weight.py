# The balanced weights from scikit-learn's compute_class_weight("balanced"), which is n / (K n_k) itself, as a dict
# keyed by range(num_classes) with the float64 array's tolist() values (Python floats).
from sklearn.utils.class_weight import compute_class_weight as _compute_class_weight


def balanced_class_weights(labels, num_classes=3):
    labels = np.asarray(labels, dtype=np.int64)
    weights = _compute_class_weight("balanced", classes=np.arange(num_classes), y=labels)
    return dict(zip(range(num_classes), weights.tolist()))
