# Scales the parameter counts in place (flops = n_params, then flops *= 6.0): flops is the caller's own array of sizes,
# which now holds six times the sizes, and an integer array of counts cannot be multiplied in place by a float at all.
def training_flops(n_params, n_tokens):
    flops = n_params
    flops *= 6.0
    return flops * n_tokens
