# Degenerate stub: returns zeros of the step's shape (float64) without computing any learning rate.
def transformer_lr(step, d_model=512, warmup_steps=4000):
    return np.zeros_like(np.asarray(step, dtype="float64"))
