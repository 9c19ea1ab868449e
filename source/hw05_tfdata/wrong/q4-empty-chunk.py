# Always yields the leftover rows at the end, even when there are none: an empty final chunk when chunk_rows divides the
# row count.
def stream_rows(path, chunk_rows):
    rows = []
    with open(path) as f:
        for line in f:
            rows.append([float(v) for v in line.strip().split(",")])
            if len(rows) == chunk_rows:
                yield np.array(rows, dtype="float64")
                rows = []
    yield np.array(rows, dtype="float64")
