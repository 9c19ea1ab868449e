# Names the optimizer and the losses by their string identifiers: "rmsprop" is RMSprop with its default learning rate
# 1e-3, "binary_crossentropy" and "categorical_crossentropy" are the same losses as the classes.
def compile_ticket_model(model):
    model.compile(optimizer="rmsprop",
                  loss={"department": "categorical_crossentropy", "priority": "binary_crossentropy"},
                  loss_weights={"department": 0.2, "priority": 1.0})
    return model
