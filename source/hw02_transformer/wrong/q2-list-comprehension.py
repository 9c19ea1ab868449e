# Handles a number, and an array one step at a time with Python's min in a list comprehension: a number and a 1-D
# array of steps work, but a 2-D array hands min() whole rows (ambiguous truth value) instead of being elementwise.
def transformer_lr(step, d_model=512, warmup_steps=4000):
    def one(s):
        return d_model ** -0.5 * min(s ** -0.5, s * warmup_steps ** -1.5)
    if np.isscalar(step):
        return one(float(step))
    return np.array([one(s) for s in np.asarray(step, dtype="float64")])
