# Truncates fraction * d with int() instead of rounding to the nearest integer (and has no minimum of 1).
def adapter_width(d, fraction):
    return int(fraction * d)

gpt3_adapter_width = adapter_width(12288, 0.001)
