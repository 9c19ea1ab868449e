# Averages over every position, padding included, ignoring the attention mask.
def embed(sentences):
    enc = tokenizer(list(sentences), padding=True, truncation=True, return_tensors="np")
    out = embedder({"token_ids": enc["input_ids"], "segment_ids": enc["token_type_ids"],
                    "padding_mask": enc["attention_mask"].astype(bool)})
    e = keras.ops.convert_to_numpy(out["sequence_output"]).astype(np.float64).mean(axis=1)
    return e / np.linalg.norm(e, axis=1, keepdims=True)
