# Reads each chunk with np.loadtxt(path, skiprows=start, max_rows=chunk_rows), reopening the file for every chunk:
# only one chunk is held, but each call reads the file again from its first line, so the time grows with the square
# of the file's length.
import warnings


def stream_rows(path, chunk_rows):
    start = 0
    while True:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")        # loadtxt warns "input contained no data" past the end
            chunk = np.loadtxt(path, delimiter=",", skiprows=start, max_rows=chunk_rows, ndmin=2, dtype="float64")
        if chunk.size == 0:
            return
        yield chunk
        start += chunk_rows
