# Runs the model as a function in inference mode, model(inputs, training=False), the other way the prompt allows,
# and names the ids with a comprehension over the whole batch: the same labels in the same order.
def predict_labels(model, sentences, batch_size=64):
    sentences = list(sentences)
    names = []
    for start in range(0, len(sentences), batch_size):
        batch = sentences[start:start + batch_size]
        inputs = model_inputs(tokenizer, batch, max_length=MAX_LENGTH)
        logits = keras.ops.convert_to_numpy(model(inputs, training=False))
        names += [LABELS[int(k)] for k in logits.argmax(axis=-1)]
    return names


def accuracy_of(model, split):
    predicted = predict_labels(model, split["sentence"])
    return sum(p == LABELS[int(t)] for p, t in zip(predicted, split["label"])) / len(predicted)
