# Computes the confidence as the mean of a float32 NumPy array of agreement flags: a float32 fraction (2/3 is
# 0.66666669), the same label, and the same kept questions at the thresholds.
import numpy as np


def majority_vote(answers):
    counts = Counter(a for a in answers if a is not None)
    if not counts:
        return None, 0.0
    label = max(counts, key=counts.get)
    agree = np.array([a == label for a in answers], dtype=np.float32)
    return label, agree.mean()
