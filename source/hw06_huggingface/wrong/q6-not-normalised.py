# Mean-pools correctly but forgets the L2 normalisation.
def embed(sentences):
    enc = tokenizer(list(sentences), padding=True, truncation=True, return_tensors="np")
    out = embedder({"token_ids": enc["input_ids"], "segment_ids": enc["token_type_ids"],
                    "padding_mask": enc["attention_mask"].astype(bool)})
    h = keras.ops.convert_to_numpy(out["sequence_output"]).astype(np.float64)
    m = enc["attention_mask"][..., None].astype(np.float64)
    return (h * m).sum(axis=1) / m.sum(axis=1)
