# "Normalises" each row by dividing it by the sum of its entries (as for probabilities) instead of by its L2 norm, so
# the ranking is by the dot product of rows that sum to 1, not by the cosine similarity.
def most_similar_pair(embeddings):
    E = np.asarray(embeddings, dtype=np.float64)
    U = E / E.sum(axis=1, keepdims=True)
    S = U @ U.T
    i_upper, j_upper = np.triu_indices(len(U), k=1)
    best = int(np.argmax(S[i_upper, j_upper]))
    return int(i_upper[best]), int(j_upper[best])
