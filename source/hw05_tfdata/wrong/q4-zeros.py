# Degenerate stub: reads the file line by line and yields chunks of the right shapes, but filled with zeros instead of
# the values.
def stream_rows(path, chunk_rows):
    rows = 0
    n_cols = 0
    with open(path) as f:
        for line in f:
            n_cols = line.count(",") + 1
            rows += 1
            if rows == chunk_rows:
                yield np.zeros((rows, n_cols))
                rows = 0
    if rows:
        yield np.zeros((rows, n_cols))
