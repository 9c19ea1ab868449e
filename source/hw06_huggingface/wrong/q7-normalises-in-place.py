# Normalises the rows in place (E /= norms): np.asarray(embeddings, dtype=np.float64) returns a float64 array itself,
# not a copy, so the caller's embeddings become unit vectors.
def most_similar_pair(embeddings):
    E = np.asarray(embeddings, dtype=np.float64)
    E /= np.linalg.norm(E, axis=1, keepdims=True)
    S = E @ E.T
    i_upper, j_upper = np.triu_indices(len(E), k=1)
    best = int(np.argmax(S[i_upper, j_upper]))
    return int(i_upper[best]), int(j_upper[best])
