# Computes the power law with keras.ops.power, the course's Keras way, instead of **: a float32 tensor (7 significant
# digits), element-wise on arrays too.
from keras import ops


def kaplan_loss(n_params, n_c=8.8e13, alpha_n=0.076):
    return ops.power(ops.divide(n_c, n_params), alpha_n)
