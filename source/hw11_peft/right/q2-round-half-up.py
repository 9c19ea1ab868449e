# Rounds half up with math.floor(x + 0.5) instead of round(), an int from the start: the same widths wherever
# fraction * d is not exactly halfway between two integers, and at least 1.
import math


def adapter_width(d, fraction):
    return max(1, math.floor(fraction * d + 0.5))


gpt3_adapter_width = adapter_width(12288, 0.001)
