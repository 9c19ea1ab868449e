# Streams with pandas' chunksize but lets it guess the dtype: a file of whole numbers yields int64 chunks, not float64.
import pandas as pd


def stream_rows(path, chunk_rows):
    for frame in pd.read_csv(path, header=None, chunksize=chunk_rows):
        yield frame.to_numpy()
