# Computes the expansion |a|^2 + |b|^2 - 2 a.b in float32 with keras.ops (as a Keras layer would), clipped at 0,
# instead of NumPy's float64 broadcasting: the same distances to float32 precision.
def pairwise_sq_dists(A, B):
    A = keras.ops.convert_to_tensor(A, dtype="float32")
    B = keras.ops.convert_to_tensor(B, dtype="float32")
    norms_a = keras.ops.sum(keras.ops.square(A), axis=1, keepdims=True)           # (n, 1)
    norms_b = keras.ops.sum(keras.ops.square(B), axis=1)[None, :]                  # (1, m)
    return keras.ops.maximum(norms_a + norms_b - 2.0 * keras.ops.matmul(A, keras.ops.transpose(B)), 0.0)
