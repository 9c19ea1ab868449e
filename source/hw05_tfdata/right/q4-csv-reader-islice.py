# Reads with the csv module and takes chunk_rows parsed rows at a time with itertools.islice: the file is read line
# by line, and only one chunk is held.
import csv
import itertools


def stream_rows(path, chunk_rows):
    with open(path, newline="") as f:
        rows = ([float(v) for v in row] for row in csv.reader(f) if row)
        while True:
            chunk = list(itertools.islice(rows, chunk_rows))
            if not chunk:
                return
            yield np.array(chunk, dtype="float64")
