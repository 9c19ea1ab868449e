# Computes the power law in log space, exp(alpha_N * (log N_c - log N)), the straight line the text describes,
# instead of (N_c / N) ** alpha_N: the same loss up to rounding, and np.log/np.exp work element-wise on arrays.
def kaplan_loss(n_params, n_c=8.8e13, alpha_n=0.076):
    return np.exp(alpha_n * (np.log(n_c) - np.log(n_params)))
