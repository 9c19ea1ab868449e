# Reshapes straight to (B, h, T, d/h) without a transpose: right shape, features scrambled across positions.
def split_heads(x, num_heads):
    x = keras.ops.convert_to_tensor(x)
    B, T, d = keras.ops.shape(x)
    return keras.ops.reshape(x, (B, num_heads, T, d // num_heads))
