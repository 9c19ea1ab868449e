# Calls model_inputs without max_length=MAX_LENGTH: its default truncates at 128 tokens, so a sentence longer than
# the 64 tokens the model is trained on is read further than in training.
def predict_labels(model, sentences, batch_size=64):
    sentences = list(sentences)
    predicted = []
    for start in range(0, len(sentences), batch_size):
        inputs = model_inputs(tokenizer, sentences[start:start + batch_size])
        logits = keras.ops.convert_to_numpy(model.predict_on_batch(inputs))
        predicted.extend(LABELS[int(i)] for i in np.argmax(logits, axis=-1))
    return predicted
