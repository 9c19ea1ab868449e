# Builds the same model with the Functional API (keras.Input -> normalizer -> Dense logits -> keras.Model) instead of
# keras.Sequential, adapting the normalizer on the training features unbatched and batched again: the same statistics,
# the same layers and names, the same SGD steps.
def train_classifier(train_ds, val_ds, n_classes, epochs, learning_rate):
    n_features = int(train_ds.element_spec[0].shape[-1])
    normalizer = keras.layers.Normalization(axis=-1, name="normalizer")
    normalizer.adapt(train_ds.map(lambda x, y: x).unbatch().batch(256))
    inputs = keras.Input(shape=(n_features,))
    logits = keras.layers.Dense(n_classes, kernel_initializer="zeros", name="logits")(normalizer(inputs))
    model = keras.Model(inputs, logits)
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=learning_rate),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
    history = model.fit(train_ds, validation_data=val_ds, epochs=epochs, verbose=0)
    return model, history.history
