# Creates the RMSprop optimizer once, outside the function, and hands that one object to every model it compiles: the
# first model fitted builds it for its own weights, and fitting any other model then raises ValueError.
ticket_optimizer = keras.optimizers.RMSprop(learning_rate=1e-3)


def compile_ticket_model(model):
    model.compile(
        optimizer=ticket_optimizer,
        loss={"priority": keras.losses.BinaryCrossentropy(),
              "department": keras.losses.CategoricalCrossentropy()},
        loss_weights={"priority": 1.0, "department": 0.2},
    )
    return model
