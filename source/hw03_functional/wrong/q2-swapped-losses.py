# Gives each output the other's loss: categorical cross-entropy on the 0/1 priority, binary on the one-hot department.
def compile_ticket_model(model):
    model.compile(
        optimizer=keras.optimizers.RMSprop(learning_rate=1e-3),
        loss={"priority": keras.losses.CategoricalCrossentropy(),
              "department": keras.losses.BinaryCrossentropy()},
        loss_weights={"priority": 1.0, "department": 0.2},
    )
    return model
