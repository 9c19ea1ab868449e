# Takes each array's squared norm as g.T @ g, "g transpose g": a number for a vector, but for a matrix the Gram matrix,
# whose entries it then sums (sum(g.T @ g) is the squared norm of g's row sums), where the TRACE is the sum of squares.
def clip_by_global_norm(grads, max_norm):
    arrays = [np.asarray(g, dtype=float) for g in grads]
    norm = float(np.sqrt(sum(np.sum(g.T @ g) for g in arrays)))
    factor = max_norm / max(norm, max_norm)
    return [g * factor for g in arrays], norm
