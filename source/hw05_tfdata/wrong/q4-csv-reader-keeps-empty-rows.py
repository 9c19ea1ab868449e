# Reads with csv.reader but keeps the empty row it returns for a blank line: a file that ends with an empty line
# gives a row of no values, and the chunk holding it cannot become an array.
import csv


def stream_rows(path, chunk_rows):
    rows = []
    with open(path, newline="") as f:
        for row in csv.reader(f):
            rows.append([float(v) for v in row])
            if len(rows) == chunk_rows:
                yield np.array(rows, dtype="float64")
                rows = []
    if rows:
        yield np.array(rows, dtype="float64")
