# Degenerate stub: returns the constant loss 0.0 whatever the rewards.
def reward_model_loss(r_chosen, r_rejected):
    return 0.0
