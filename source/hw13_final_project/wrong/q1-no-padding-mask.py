# Pads each batch but replaces the padding mask by all True (every position a real token), so the padding changes the
# predictions.
def predict_labels(model, sentences, batch_size=64):
    sentences = list(sentences)
    predicted = []
    for start in range(0, len(sentences), batch_size):
        inputs = model_inputs(tokenizer, sentences[start:start + batch_size], max_length=MAX_LENGTH)
        inputs["padding_mask"] = np.ones_like(inputs["padding_mask"])
        logits = keras.ops.convert_to_numpy(model.predict_on_batch(inputs))
        predicted.extend(LABELS[int(i)] for i in np.argmax(logits, axis=-1))
    return predicted
