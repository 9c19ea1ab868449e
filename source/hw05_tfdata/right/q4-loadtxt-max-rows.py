# Lets np.loadtxt read chunk_rows rows at a time from the open file (max_rows), which leaves the file positioned after
# them; ndmin=2 keeps one-column and one-row chunks 2-D. Only one chunk is held.
import warnings


def stream_rows(path, chunk_rows):
    with open(path) as f:
        while True:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")        # loadtxt warns "input contained no data" at the end
                chunk = np.loadtxt(f, delimiter=",", max_rows=chunk_rows, ndmin=2, dtype="float64")
            if chunk.size == 0:
                return
            yield chunk
