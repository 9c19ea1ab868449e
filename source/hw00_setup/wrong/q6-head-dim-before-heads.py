# Reshapes to (B, T, d/h, h), the two split axes in the wrong order, then moves axis 2 forward: the result has shape
# (B, d/h, T, h), which is right only when h = d/h, and head j no longer holds features j*d/h ... (j+1)*d/h - 1.
def split_heads(x, num_heads):
    x = keras.ops.convert_to_tensor(x)
    B, T, d = keras.ops.shape(x)
    x = keras.ops.reshape(x, (B, T, d // num_heads, num_heads))
    return keras.ops.transpose(x, (0, 2, 1, 3))
