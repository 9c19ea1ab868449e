# Skips the first line with next(f) as if the file had a header row: the file has none, so its first row is lost.
def stream_rows(path, chunk_rows):
    rows = []
    with open(path) as f:
        next(f)                                   # skip the header
        for line in f:
            line = line.strip()
            if not line:
                continue
            rows.append([float(v) for v in line.split(",")])
            if len(rows) == chunk_rows:
                yield np.array(rows, dtype="float64")
                rows = []
    if rows:
        yield np.array(rows, dtype="float64")
