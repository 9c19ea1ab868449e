# SciPy's condensed cosine distances (pdist(E, "cosine") = 1 - cosine, with L2 norms), listed in the order of
# np.triu_indices(n, k=1): the pair of the smallest distance is the pair of highest cosine, already with i < j.
def most_similar_pair(embeddings):
    from scipy.spatial.distance import pdist
    E = np.asarray(embeddings, dtype=np.float64)
    distances = pdist(E, "cosine")
    rows, cols = np.triu_indices(len(E), k=1)
    best = int(np.argmin(distances))
    return int(rows[best]), int(cols[best])
