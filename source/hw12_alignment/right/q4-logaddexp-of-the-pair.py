# -log softmax of each pair at the chosen answer: log(e^r_chosen + e^r_rejected) - r_chosen, with np.logaddexp, which
# is log(1 + e^-(r_chosen - r_rejected)) and stable whatever the rewards' sizes.
def reward_model_loss(r_chosen, r_rejected):
    c, r = np.asarray(r_chosen, dtype=float), np.asarray(r_rejected, dtype=float)
    return float(np.mean(np.logaddexp(c, r) - c))
