# Divides by the column norms, np.linalg.norm(E, axis=0), instead of each row by its own norm (axis=1).
def most_similar_pair(embeddings):
    E = np.asarray(embeddings, dtype=np.float64)
    U = E / np.linalg.norm(E, axis=0, keepdims=True)
    S = U @ U.T
    i, j = np.triu_indices(len(U), k=1)
    b = int(np.argmax(S[i, j]))
    return int(i[b]), int(j[b])
