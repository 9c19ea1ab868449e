# Rebinds the list of labels at every batch (predicted = [...] instead of extending it): only the last batch's labels
# come back.
def predict_labels(model, sentences, batch_size=64):
    sentences = list(sentences)
    predicted = []
    for start in range(0, len(sentences), batch_size):
        inputs = model_inputs(tokenizer, sentences[start:start + batch_size], max_length=MAX_LENGTH)
        logits = keras.ops.convert_to_numpy(model.predict_on_batch(inputs))
        predicted = [LABELS[int(i)] for i in np.argmax(logits, axis=-1)]
    return predicted
