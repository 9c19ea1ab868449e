# Equates the context term with attention's weights alone (n_ctx = 4d), forgetting the feed-forward layer.
def crossover_context(d_model, d_ff=None):
    return 4 * d_model
