# Adapts the normalizer on the first training batch only, next(iter(train_ds))[0]: its mean and variance are those
# of one batch, not of the training set.
def train_classifier(train_ds, val_ds, n_classes, epochs, learning_rate):
    normalizer = keras.layers.Normalization(axis=-1, name="normalizer")
    normalizer.adapt(next(iter(train_ds))[0])                      # the first batch of features
    n_features = train_ds.element_spec[0].shape[-1]
    model = keras.Sequential([
        keras.Input(shape=(n_features,)),
        normalizer,
        keras.layers.Dense(n_classes, kernel_initializer="zeros", name="logits"),
    ])
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=learning_rate),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
                  metrics=["accuracy"])
    history = model.fit(train_ds, validation_data=val_ds, epochs=epochs, verbose=0)
    return model, history.history
