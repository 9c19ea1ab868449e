# Names the arg-max ids in its own order (positive, neutral, negative) instead of with LABELS.
def predict_labels(model, sentences, batch_size=64):
    names = ["positive", "neutral", "negative"]
    sentences = list(sentences)
    predicted = []
    for start in range(0, len(sentences), batch_size):
        batch = tokenizer(sentences[start:start + batch_size], padding=True, truncation=True,
                          max_length=MAX_LENGTH, return_tensors="np")
        logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"], training=False).logits
        predicted.extend(names[int(i)] for i in np.argmax(logits, axis=-1))
    return predicted
