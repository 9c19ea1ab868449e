# Writes the formula with math.sqrt and Python's min, which take one number: right for a single step, but an array of
# steps raises a TypeError.
import math


def transformer_lr(step, d_model=512, warmup_steps=4000):
    return min(1 / math.sqrt(step), step * warmup_steps ** -1.5) / math.sqrt(d_model)
