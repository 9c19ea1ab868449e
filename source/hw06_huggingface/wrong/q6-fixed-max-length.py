# Pads and truncates every batch to a fixed max_length=128 (copied from encode_batch) instead of padding=True,
# truncation=True: a sentence longer than 128 word pieces loses its end although MiniLM takes 512.
def embed(sentences):
    enc = tokenizer(list(sentences), padding="max_length", truncation=True, max_length=128, return_tensors="np")
    out = embedder({"token_ids": enc["input_ids"], "segment_ids": enc["token_type_ids"],
                    "padding_mask": enc["attention_mask"].astype(bool)})
    h = keras.ops.convert_to_numpy(out["sequence_output"]).astype(np.float64)
    m = enc["attention_mask"][..., None].astype(np.float64)
    e = (h * m).sum(axis=1) / m.sum(axis=1)
    return e / np.linalg.norm(e, axis=1, keepdims=True)
