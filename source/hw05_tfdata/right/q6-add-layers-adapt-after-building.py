# Builds the same keras.Sequential with .add() calls, passes the zero initializer as the object
# keras.initializers.Zeros() and SGD's learning rate positionally, adapts the normalizer (streamed from the
# training features) after it is in the model, and returns model.history.history: the same model, the same
# statistics, the same SGD steps and the same history dict.
def train_classifier(train_ds, val_ds, n_classes, epochs, learning_rate):
    features_spec, _ = train_ds.element_spec
    model = keras.Sequential()
    model.add(keras.Input(shape=(features_spec.shape[1],)))
    normalizer = keras.layers.Normalization(axis=-1, name="normalizer")
    model.add(normalizer)
    model.add(keras.layers.Dense(n_classes, kernel_initializer=keras.initializers.Zeros(), name="logits"))
    normalizer.adapt(train_ds.map(lambda features, labels: features))
    model.compile(optimizer=keras.optimizers.SGD(learning_rate),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                  metrics=["accuracy"])
    model.fit(train_ds, epochs=epochs, validation_data=val_ds, verbose=0)
    return model, model.history.history
