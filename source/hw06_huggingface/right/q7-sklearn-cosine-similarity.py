# The cosine matrix from sklearn.metrics.pairwise.cosine_similarity (which normalises a copy of the rows by their L2
# norms), the diagonal set to -inf, and the pair from np.unravel_index sorted and converted to Python ints.
def most_similar_pair(embeddings):
    from sklearn.metrics.pairwise import cosine_similarity
    S = cosine_similarity(np.asarray(embeddings, dtype=np.float64))
    np.fill_diagonal(S, -np.inf)
    i, j = np.unravel_index(np.argmax(S), S.shape)
    return int(min(i, j)), int(max(i, j))
