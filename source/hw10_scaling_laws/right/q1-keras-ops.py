# Computes with keras.ops, the course's Keras way, instead of NumPy: float32 tensors (7 significant digits, e.g.
# 3.1499999e23 FLOPs), element-wise on arrays too.
from keras import ops


def training_flops(n_params, n_tokens):
    return ops.multiply(6.0, ops.multiply(n_params, n_tokens))


def flops_to_pf_days(flops):
    return ops.divide(flops, 1e15 * SECONDS_PER_DAY)
