# Fills the forbidden scores with the most negative finite float, np.finfo(scores.dtype).min, as Hugging Face does,
# instead of -inf: exp of it minus the row maximum is exactly 0.
def masked_attention(Q, K, V, mask):
    scores = Q @ K.T / np.sqrt(Q.shape[-1])
    scores = np.where(mask, scores, np.finfo(scores.dtype).min)
    weights = softmax(scores, axis=-1)
    return weights @ V, weights
