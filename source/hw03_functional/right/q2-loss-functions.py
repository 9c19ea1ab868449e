# Passes the loss functions keras.losses.binary_crossentropy / categorical_crossentropy instead of the loss classes, and
# the learning rate positionally: the same losses and optimizer.
def compile_ticket_model(model):
    model.compile(keras.optimizers.RMSprop(1e-3),
                  loss={"priority": keras.losses.binary_crossentropy,
                        "department": keras.losses.categorical_crossentropy},
                  loss_weights={"priority": 1, "department": 0.2})
    return model
