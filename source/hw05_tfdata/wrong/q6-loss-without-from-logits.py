# Leaves out from_logits=True: the loss takes the Dense layer's raw logits for probabilities (clipped and
# rescaled to sum to 1), so it is not the softmax cross-entropy and the gradients are wrong.
def train_classifier(train_ds, val_ds, n_classes, epochs, learning_rate):
    normalizer = keras.layers.Normalization(axis=-1, name="normalizer")
    normalizer.adapt(train_ds.map(lambda x, y: x))                 # training features only, streamed
    n_features = train_ds.element_spec[0].shape[-1]
    model = keras.Sequential([
        keras.Input(shape=(n_features,)),
        normalizer,
        keras.layers.Dense(n_classes, kernel_initializer="zeros", name="logits"),
    ])
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=learning_rate),
                  loss=keras.losses.SparseCategoricalCrossentropy(),
                  metrics=["accuracy"])
    history = model.fit(train_ds, validation_data=val_ds, epochs=epochs, verbose=0)
    return model, history.history
