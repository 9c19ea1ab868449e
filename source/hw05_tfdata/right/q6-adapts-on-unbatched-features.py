# Adapts the normalizer on the training features unbatched and rebatched in larger batches (the same rows, so the
# same mean and variance), and reads the number of features from the first batch.
def train_classifier(train_ds, val_ds, n_classes, epochs, learning_rate):
    features = train_ds.map(lambda x, y: x).unbatch().batch(1024)
    n_features = int(next(iter(features)).shape[-1])
    normalizer = keras.layers.Normalization(axis=-1, name="normalizer")
    normalizer.adapt(features)
    inputs = keras.Input(shape=(n_features,))
    logits = keras.layers.Dense(n_classes, kernel_initializer="zeros", name="logits")(normalizer(inputs))
    model = keras.Model(inputs, logits)
    model.compile(optimizer=keras.optimizers.SGD(learning_rate),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
    history = model.fit(train_ds, epochs=epochs, validation_data=val_ds, verbose=0)
    return model, history.history
