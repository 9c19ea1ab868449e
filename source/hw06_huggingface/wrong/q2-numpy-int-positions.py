# Vectorises the overlap rule with NumPy and returns list(np.nonzero(...)[0]): the right positions, but as NumPy
# integers (np.int64), not the Python ints the question asks for.
def tokens_in_span(text, start, end):
    offsets = np.array(tokenizer(text, return_offsets_mapping=True)["offset_mapping"])
    return list(np.nonzero((offsets[:, 0] < end) & (offsets[:, 1] > start))[0])
