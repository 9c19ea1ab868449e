# Weighs each label by its frequency n_k / n: the frequent labels get more weight, not less.
def balanced_class_weights(labels, num_classes=3):
    counts = np.bincount(np.asarray(labels, dtype=np.int64), minlength=num_classes)
    return {k: float(counts[k] / len(labels)) for k in range(num_classes)}
