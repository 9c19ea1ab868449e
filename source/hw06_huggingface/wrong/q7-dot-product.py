# Ranks pairs by the raw dot product instead of the cosine similarity (no division by the norms).
def most_similar_pair(embeddings):
    E = np.asarray(embeddings, dtype=np.float64)
    S = E @ E.T
    i_upper, j_upper = np.triu_indices(len(E), k=1)
    best = int(np.argmax(S[i_upper, j_upper]))
    return int(i_upper[best]), int(j_upper[best])
