# Computes the decay branch in place on the steps (s **= -0.5): np.asarray returns a float64 array of steps as it is,
# so the values are right but the caller's array of steps is overwritten with s**-0.5.
def transformer_lr(step, d_model=512, warmup_steps=4000):
    s = np.asarray(step, dtype="float64")
    warm_up = s * warmup_steps ** -1.5
    s **= -0.5
    return d_model ** -0.5 * np.minimum(s, warm_up)
