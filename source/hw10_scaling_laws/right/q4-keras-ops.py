# Computes the size with keras.ops.sqrt, the course's Keras way, instead of np.sqrt: float32 tensors (7 digits),
# element-wise on arrays too.
from keras import ops


def chinchilla_optimal(compute, tokens_per_param=20):
    n_params = ops.sqrt(compute / (6.0 * tokens_per_param))
    return n_params, tokens_per_param * n_params
