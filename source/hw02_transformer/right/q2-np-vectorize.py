# Writes the schedule for one step with Python's min and lifts it with np.vectorize, which keeps any shape of steps.
def transformer_lr(step, d_model=512, warmup_steps=4000):
    def one(s):
        return d_model ** -0.5 * min(s ** -0.5, s * warmup_steps ** -1.5)
    return np.vectorize(one, otypes=[np.float64])(np.asarray(step, dtype="float64"))
