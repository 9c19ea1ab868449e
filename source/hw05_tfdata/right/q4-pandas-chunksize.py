# pandas reads the file chunk_rows rows at a time (chunksize), with no header line; each chunk becomes a float64
# array. Only one chunk is held.
import pandas as pd


def stream_rows(path, chunk_rows):
    for frame in pd.read_csv(path, header=None, chunksize=chunk_rows, dtype="float64"):
        yield frame.to_numpy()
