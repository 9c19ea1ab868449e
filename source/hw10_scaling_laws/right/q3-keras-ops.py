# Computes both factors with keras.ops.power, the course's Keras way, instead of **: float32 tensors (7 significant
# digits), element-wise on arrays too.
from keras import ops


def data_multiplier(param_multiplier, exponent=0.74):
    return ops.power(param_multiplier, exponent)


def loss_multiplier(param_multiplier, alpha_n=0.076):
    return ops.power(param_multiplier, -alpha_n)
