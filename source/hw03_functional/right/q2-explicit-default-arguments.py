# Writes every default out: RMSprop(learning_rate=0.001, rho=0.9), and both losses with from_logits=False,
# label_smoothing=0.0 and reduction="sum_over_batch_size": the same optimizer and losses as the prompt's.
def compile_ticket_model(model):
    losses = {
        "priority": keras.losses.BinaryCrossentropy(from_logits=False, label_smoothing=0.0,
                                                    reduction="sum_over_batch_size"),
        "department": keras.losses.CategoricalCrossentropy(from_logits=False, label_smoothing=0.0,
                                                           reduction="sum_over_batch_size"),
    }
    model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=0.001, rho=0.9), loss=losses,
                  loss_weights={"priority": 1.0, "department": 0.2})
    return model
