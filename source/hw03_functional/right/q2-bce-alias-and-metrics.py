# Names the binary cross-entropy by Keras' alias "bce" (the same function as "binary_crossentropy") and adds a metric
# per output: the same losses, weights and optimizer.
def compile_ticket_model(model):
    model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=1e-3),
                  loss={"priority": "bce", "department": "categorical_crossentropy"},
                  loss_weights={"priority": 1.0, "department": 0.2},
                  metrics={"priority": ["mae"], "department": ["accuracy"]})
    return model
