# Computes the ratio with keras.ops (ops.divide, ops.add) and converts the result back with ops.convert_to_numpy: the
# same array p_data / (p_data + p_model), in the input's shape.
def optimal_discriminator(p_data, p_model):
    return ops.convert_to_numpy(ops.divide(p_data, ops.add(p_data, p_model)))
