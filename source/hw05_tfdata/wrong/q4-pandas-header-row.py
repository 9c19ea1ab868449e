# Reads chunks with pandas.read_csv(path, chunksize=chunk_rows) but without header=None: the first row becomes the
# column names, so it is missing from the chunks.
import pandas as pd
def stream_rows(path, chunk_rows):
    for chunk in pd.read_csv(path, chunksize=chunk_rows):
        yield chunk.to_numpy(dtype="float64")
