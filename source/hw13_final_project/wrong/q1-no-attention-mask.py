# Pads each batch but never passes the attention mask, so the padding changes the predictions.
def predict_labels(model, sentences, batch_size=64):
    sentences = list(sentences)
    predicted = []
    for start in range(0, len(sentences), batch_size):
        batch = tokenizer(sentences[start:start + batch_size], padding=True, truncation=True,
                          max_length=MAX_LENGTH, return_tensors="np")
        logits = model(input_ids=batch["input_ids"], training=False).logits
        predicted.extend(LABELS[int(i)] for i in np.argmax(logits, axis=-1))
    return predicted
