# Rounds and takes the minimum of 1 in NumPy, then turns the NumPy integer into a Python int with .item().
def adapter_width(d, fraction):
    return np.maximum(1, np.rint(fraction * d)).astype(int).item()


gpt3_adapter_width = adapter_width(12288, 0.001)
