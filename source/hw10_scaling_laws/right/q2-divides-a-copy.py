# Divides a float copy of the sizes in place (np.array(n_params, dtype=float), then ratio /= n_c) instead of writing
# n_c / n_params: the caller's array is never touched, and the in-place step works on integer sizes too.
def kaplan_loss(n_params, n_c=8.8e13, alpha_n=0.076):
    ratio = np.array(n_params, dtype=float)
    ratio /= n_c
    return ratio ** -alpha_n
