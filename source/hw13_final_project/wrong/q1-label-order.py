# Names the arg-max ids in its own order (positive, neutral, negative) instead of with LABELS.
def predict_labels(model, sentences, batch_size=64):
    names = ["positive", "neutral", "negative"]
    sentences = list(sentences)
    predicted = []
    for start in range(0, len(sentences), batch_size):
        inputs = model_inputs(tokenizer, sentences[start:start + batch_size], max_length=MAX_LENGTH)
        logits = keras.ops.convert_to_numpy(model.predict_on_batch(inputs))
        predicted.extend(names[int(i)] for i in np.argmax(logits, axis=-1))
    return predicted
