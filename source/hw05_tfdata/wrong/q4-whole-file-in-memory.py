# Loads the whole file with np.loadtxt and then slices it: right chunks, but the whole file is in memory.
def stream_rows(path, chunk_rows):
    data = np.loadtxt(path, delimiter=",", ndmin=2)
    for start in range(0, len(data), chunk_rows):
        yield data[start:start + chunk_rows]
