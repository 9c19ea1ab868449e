# Returns the FLOPs as a Python int ("a count of operations"): right for one run, a TypeError for arrays of sizes.
def training_flops(n_params, n_tokens):
    return int(6 * n_params * n_tokens)
