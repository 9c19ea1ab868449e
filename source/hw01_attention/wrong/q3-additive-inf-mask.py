# Masks additively with -inf, adding (1 - mask) * -np.inf to the scores: at the allowed positions that is
# 0 * -inf = nan, so every weight comes out nan (an additive mask needs a finite constant; put -inf in place with
# np.where instead).
def masked_attention(Q, K, V, mask):
    scores = Q @ K.T / np.sqrt(Q.shape[-1])
    scores = scores + (1.0 - np.asarray(mask, dtype=float)) * -np.inf
    weights = softmax(scores, axis=-1)
    return weights @ V, weights
