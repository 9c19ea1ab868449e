# Leaves out the default arguments (d_model=512, warmup_steps=4000): transformer_lr(4000) raises a TypeError.
def transformer_lr(step, d_model, warmup_steps):
    s = np.asarray(step, dtype="float64")
    return d_model ** -0.5 * np.minimum(s ** -0.5, s * warmup_steps ** -1.5)
