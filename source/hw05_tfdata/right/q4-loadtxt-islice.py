# Hands np.loadtxt the next chunk_rows lines of the open file (itertools.islice); loadtxt skips a blank line, and
# ndmin=2 keeps one-column and one-row chunks 2-D. Only one chunk is held.
import itertools
import warnings


def stream_rows(path, chunk_rows):
    with open(path) as f:
        while True:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")        # loadtxt warns "input contained no data" at the end
                chunk = np.loadtxt(itertools.islice(f, chunk_rows), delimiter=",", ndmin=2, dtype="float64")
            if chunk.size == 0:
                return
            yield chunk
