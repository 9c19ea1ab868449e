# -log softmax of each pair [r_chosen, r_rejected] at the chosen answer, each row shifted by its OWN max
# (axis=1, keepdims=True) before exponentiating: the Bradley-Terry loss as a two-way cross-entropy.
def reward_model_loss(r_chosen, r_rejected):
    z = np.stack([np.asarray(r_chosen, dtype=float), np.asarray(r_rejected, dtype=float)], axis=1)
    z = z - z.max(axis=1, keepdims=True)
    log_softmax = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(-np.mean(log_softmax[:, 0]))
