# Treats the step as 0-based and adds 1 inside the function, so every value is the one for the next step.
def transformer_lr(step, d_model=512, warmup_steps=4000):
    s = np.asarray(step, dtype="float64") + 1
    return d_model ** -0.5 * np.minimum(s ** -0.5, s * warmup_steps ** -1.5)
