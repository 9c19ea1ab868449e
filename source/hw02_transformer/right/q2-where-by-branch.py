# Chooses the branch explicitly: warm-up (s * w^-1.5) before step w, decay (s^-0.5) from it on. The two branches
# meet at s = w, so this is the minimum of the two.
def transformer_lr(step, d_model=512, warmup_steps=4000):
    s = np.asarray(step, dtype="float64")
    return np.where(s < warmup_steps, s / warmup_steps ** 1.5, 1.0 / np.sqrt(s)) / np.sqrt(d_model)
