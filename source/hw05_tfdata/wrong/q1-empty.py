# Degenerate stub: returns an empty list of batches.
def first_pipeline(xs, batch_size):
    return []
