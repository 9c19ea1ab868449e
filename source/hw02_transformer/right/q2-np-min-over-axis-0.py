# Stacks the two branches and takes np.min over the new first axis, which is the elementwise minimum for any shape.
def transformer_lr(step, d_model=512, warmup_steps=4000):
    s = np.asarray(step, dtype="float64")
    return d_model ** -0.5 * np.min([s ** -0.5, s * warmup_steps ** -1.5], axis=0)
