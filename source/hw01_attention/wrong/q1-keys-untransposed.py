# Scores computed as q @ K instead of K @ q: q dotted with each column of K, not with each key (row of K).
def soft_lookup(q, K, V):
    scores = q @ K
    weights = softmax(scores)
    return weights @ V
