# Divides the caller's array of sizes in place (ratio = n_params, then ratio /= n_c): the loss is right, but the
# sizes the caller passed now hold N / N_c, and an integer array of sizes cannot take the float quotient at all.
def kaplan_loss(n_params, n_c=8.8e13, alpha_n=0.076):
    ratio = n_params
    ratio /= n_c
    return ratio ** -alpha_n
