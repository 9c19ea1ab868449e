# Excludes "a row with itself" by masking every cosine close to 1 (np.isclose(S, 1)) instead of the diagonal: two rows
# that point the same way (two copies of one sentence, cosine 1) are dropped as if they were one row with itself.
def most_similar_pair(embeddings):
    E = np.asarray(embeddings, dtype=np.float64)
    U = E / np.linalg.norm(E, axis=1, keepdims=True)
    S = U @ U.T
    S = np.where(np.isclose(S, 1.0), -np.inf, S)
    i, j = np.unravel_index(int(np.argmax(S)), S.shape)
    return int(min(i, j)), int(max(i, j))
