# Degenerate stub: always returns the first pair (0, 1), whatever the embeddings.
def most_similar_pair(embeddings):
    return (0, 1)
