# Swaps the loss weights: 0.2 on the priority loss and 1.0 on the department loss.
def compile_ticket_model(model):
    model.compile(
        optimizer=keras.optimizers.RMSprop(learning_rate=1e-3),
        loss={"priority": keras.losses.BinaryCrossentropy(),
              "department": keras.losses.CategoricalCrossentropy()},
        loss_weights={"priority": 0.2, "department": 1.0},
    )
    return model
