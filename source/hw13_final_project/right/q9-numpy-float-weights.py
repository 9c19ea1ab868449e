# Divides by the NumPy counts without float(...): each weight is an np.float64, which is a float (the keys come from
# range, so they are Python ints).
def balanced_class_weights(labels, num_classes=3):
    counts = np.bincount(np.asarray(labels, dtype=np.int64), minlength=num_classes)
    return {k: len(labels) / (num_classes * counts[k]) for k in range(num_classes)}
