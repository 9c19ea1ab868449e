# Two loops over the pairs i < j with the cosine computed for each pair: slower than the matrix, the same pair
# (the first one in (i, j) order wins a tie, as np.argmax over the upper triangle does).
def most_similar_pair(embeddings):
    E = np.asarray(embeddings, dtype=np.float64)
    norms = np.sqrt((E * E).sum(axis=1))
    best, best_pair = -np.inf, (0, 1)
    for i in range(len(E)):
        for j in range(i + 1, len(E)):
            cosine = float(E[i] @ E[j] / (norms[i] * norms[j]))
            if cosine > best:
                best, best_pair = cosine, (i, j)
    return best_pair
