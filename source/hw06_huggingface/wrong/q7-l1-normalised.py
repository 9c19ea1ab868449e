# Normalises each row by its L1 norm (np.linalg.norm(E, ord=1, axis=1)) instead of its L2 norm.
def most_similar_pair(embeddings):
    E = np.asarray(embeddings, dtype=np.float64)
    U = E / np.linalg.norm(E, ord=1, axis=1, keepdims=True)
    S = U @ U.T
    i_upper, j_upper = np.triu_indices(len(U), k=1)
    best = int(np.argmax(S[i_upper, j_upper]))
    return int(i_upper[best]), int(j_upper[best])
