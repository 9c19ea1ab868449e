# Computes with keras.ops, the course's Keras way, instead of NumPy: 6.0 comes first, so integer counts become float32
# tensors before they multiply (7 significant digits, e.g. 3.1499999e23 FLOPs), element-wise on arrays too.
from keras import ops


def training_flops(n_params, n_tokens):
    return ops.multiply(ops.multiply(6.0, n_params), n_tokens)


def flops_to_pf_days(flops):
    return ops.divide(flops, 1e15 * SECONDS_PER_DAY)
