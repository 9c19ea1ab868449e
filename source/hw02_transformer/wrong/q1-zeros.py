# Degenerate stub: returns a float32 table of zeros of the right shape (length, d) without computing any encoding.
def positional_encoding(length, d):
    return np.zeros((length, d), dtype="float32")
