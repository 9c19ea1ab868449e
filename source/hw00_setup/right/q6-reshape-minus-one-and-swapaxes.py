# Lets reshape infer d / h with -1 and puts the head axis before the time axis with keras.ops.swapaxes(x, 1, 2)
# instead of keras.ops.transpose(x, (0, 2, 1, 3)): the same transposition, the same tensor.
def split_heads(x, num_heads):
    x = keras.ops.convert_to_tensor(x)
    shape = keras.ops.shape(x)
    x = keras.ops.reshape(x, (shape[0], shape[1], num_heads, -1))
    return keras.ops.swapaxes(x, 1, 2)
