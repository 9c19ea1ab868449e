# Converts both counts to float64 arrays first, np.asarray(..., dtype=float), then multiplies 6 N D: integer counts
# cannot overflow, and a single run comes back as a 0-d array instead of a float.
def training_flops(n_params, n_tokens):
    return 6 * np.asarray(n_params, dtype=float) * np.asarray(n_tokens, dtype=float)


def flops_to_pf_days(flops):
    return np.asarray(flops, dtype=float) / (1e15 * SECONDS_PER_DAY)
