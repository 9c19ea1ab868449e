# Computes the Gram matrix in NumPy with np.einsum over both spatial axes ("hwc,hwd->cd"), which the prompt allows ("Use
# NumPy or keras.ops"): the same sums over all positions.
def gram_matrix(features):
    features = np.asarray(features, dtype="float32")
    return np.einsum("hwc,hwd->cd", features, features)
