# Rounds with NumPy, np.rint, and converts to a Python int with int(...) before taking the minimum of 1.
def adapter_width(d, fraction):
    return max(1, int(np.rint(fraction * d)))


gpt3_adapter_width = adapter_width(12288, 0.001)
