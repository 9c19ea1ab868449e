# Degenerate stub: builds the normalised model but never fits it, and returns an empty history.
def train_classifier(train_ds, val_ds, n_classes, epochs, learning_rate):
    normalizer = keras.layers.Normalization(axis=-1, name="normalizer")
    normalizer.adapt(train_ds.map(lambda x, y: x))
    n_features = train_ds.element_spec[0].shape[-1]
    model = keras.Sequential([
        keras.Input(shape=(n_features,)),
        normalizer,
        keras.layers.Dense(n_classes, kernel_initializer="zeros", name="logits"),
    ])
    return model, {}
