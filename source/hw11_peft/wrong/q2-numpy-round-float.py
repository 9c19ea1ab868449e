# Rounds with np.round, which returns a float (12.0), not an int: int(12.0) == 12 hides it, but
# keras.layers.Dense(12.0) refuses a float width.
def adapter_width(d, fraction):
    return max(1, np.round(fraction * d))

gpt3_adapter_width = adapter_width(12288, 0.001)
