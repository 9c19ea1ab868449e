# Fills one preallocated buffer for every chunk and yields views of it: each chunk is overwritten by the next one.
def stream_rows(path, chunk_rows):
    buffer, k = None, 0
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            values = [float(v) for v in line.split(",")]
            if buffer is None:
                buffer = np.empty((chunk_rows, len(values)), dtype="float64")
            buffer[k] = values
            k += 1
            if k == chunk_rows:
                yield buffer
                k = 0
    if k:
        yield buffer[:k]
