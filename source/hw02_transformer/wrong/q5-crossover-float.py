# Divides with / instead of //: crossover_context returns a float (96.0), not the exact Python integer asked for.
def crossover_context(d_model, d_ff=None):
    return block_weights(d_model, d_ff) / d_model
