# Builds both losses with from_logits=True, as if the heads returned logits: they already apply a sigmoid and a softmax,
# so the losses would read probabilities as logits (Keras' TensorFlow backend notices and uses the logits before the
# activation, with a warning; the JAX and PyTorch backends compute the wrong loss).
def compile_ticket_model(model):
    model.compile(
        optimizer=keras.optimizers.RMSprop(learning_rate=1e-3),
        loss={"priority": keras.losses.BinaryCrossentropy(from_logits=True),
              "department": keras.losses.CategoricalCrossentropy(from_logits=True)},
        loss_weights={"priority": 1.0, "department": 0.2},
    )
    return model
