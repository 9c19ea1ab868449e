# Parses each chunk of lines with np.loadtxt but without ndmin=2: a one-column file, or a last chunk of one row, comes
# back as a 1-D array instead of (k, n_cols).
def stream_rows(path, chunk_rows):
    lines = []
    with open(path) as f:
        for line in f:
            if line.strip():
                lines.append(line)
            if len(lines) == chunk_rows:
                yield np.loadtxt(lines, delimiter=",", dtype="float64")
                lines = []
    if lines:
        yield np.loadtxt(lines, delimiter=",", dtype="float64")
