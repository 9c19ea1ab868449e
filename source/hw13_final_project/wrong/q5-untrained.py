# Records every model of the sweep before training it (and keeps the untrained models).
rank_sweep, sweep_models = {}, {}
for rank in SWEEP_RANKS:
    model = add_keras_lora(load_classifier(), rank)
    head_of(model).set_weights(trained_head)
    rank_sweep[rank] = {"trainable": count_trainable(model), "val_accuracy": accuracy_of(model, data["validation"])}
    sweep_models[rank] = model
del model
