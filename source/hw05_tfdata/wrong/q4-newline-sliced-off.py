# Cuts the newline off with line[:-1]: when the last line has no final newline, its last character is lost instead.
def stream_rows(path, chunk_rows):
    rows = []
    with open(path) as f:
        for line in f:
            line = line[:-1]
            if not line:
                continue
            rows.append([float(v) for v in line.split(",")])
            if len(rows) == chunk_rows:
                yield np.array(rows, dtype="float64")
                rows = []
    if rows:
        yield np.array(rows, dtype="float64")
