# Reads B, T and d from the static x.shape instead of keras.ops.shape(x): right on arrays of known shape, but inside
# a layer of a functional model the batch size is None and the reshape to (None, T, h, d/h) fails.
def split_heads(x, num_heads):
    x = keras.ops.convert_to_tensor(x)
    B, T, d = x.shape
    x = keras.ops.reshape(x, (B, T, num_heads, d // num_heads))
    return keras.ops.transpose(x, (0, 2, 1, 3))
