# Masks BERT-style, adding (1 - mask) * -10000.0 to the scores (the original BERT code's constant) instead of
# setting the forbidden scores to -inf: right while scores stay in the thousands, but a forbidden key that scores
# over 10,000 above the allowed ones keeps most of the weight.
def masked_attention(Q, K, V, mask):
    scores = Q @ K.T / np.sqrt(Q.shape[-1])
    scores = scores + (1.0 - np.asarray(mask, dtype=float)) * -10000.0
    weights = softmax(scores, axis=-1)
    return weights @ V, weights
