# Averages over every position, padding included, ignoring the attention mask.
def embed(sentences):
    enc = tokenizer(list(sentences), padding=True, truncation=True, return_tensors="np")
    out = embedder(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"])
    e = np.asarray(out.last_hidden_state, dtype=np.float64).mean(axis=1)
    return e / np.linalg.norm(e, axis=1, keepdims=True)
