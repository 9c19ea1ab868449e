# Reads the 0.1% as a share of the block's ~12*d^2 parameters (2*d*a = fraction * 12*d^2), not as a/d.
def adapter_width(d, fraction):
    return max(1, int(round(fraction * 12 * d * d / (2 * d))))

gpt3_adapter_width = adapter_width(12288, 0.001)
