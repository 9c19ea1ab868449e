# Adds 1e-7 inside the log "to avoid log(0)": the loss of a badly ranked pair is capped at -log(1e-7) = 16.1.
def reward_model_loss(r_chosen, r_rejected):
    margin = np.asarray(r_chosen, dtype=float) - np.asarray(r_rejected, dtype=float)
    with np.errstate(over="ignore"):
        return float(np.mean(-np.log(1.0 / (1.0 + np.exp(-margin)) + 1e-7)))
