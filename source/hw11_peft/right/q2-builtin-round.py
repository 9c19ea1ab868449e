# Uses the built-in round(x), which already returns a Python int for a float x, instead of int(round(float(...))),
# and writes the 0.1% as 0.1 / 100: the same widths (round to nearest, at least 1) and the same GPT-3 value, 12.
def adapter_width(d, fraction):
    return max(1, round(fraction * d))

gpt3_adapter_width = adapter_width(12288, 0.1 / 100)
