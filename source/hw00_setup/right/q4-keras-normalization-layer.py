# Standardises with Keras' Normalization layer, which the prompt names: adapt() learns each column's mean and
# population variance, and calling the layer computes (X - mean) / sqrt(variance) in float32.
def standardize(X):
    layer = keras.layers.Normalization(axis=-1)
    layer.adapt(X)
    return keras.ops.convert_to_numpy(layer(X))
