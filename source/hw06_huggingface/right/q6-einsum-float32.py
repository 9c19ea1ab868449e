# Builds the boolean mask with == 1, pools in float32 with np.einsum (masked sum over positions) instead of a
# broadcast product in float64, and normalises with np.sqrt of the sum of squares: the same unit-norm mean over the
# real tokens, up to float32 rounding (far below the 1e-4 the question's reference comparison allows).
def embed(sentences):
    enc = tokenizer(list(sentences), padding=True, truncation=True, return_tensors="np")
    mask = enc["attention_mask"] == 1
    out = embedder({"token_ids": enc["input_ids"], "segment_ids": enc["token_type_ids"], "padding_mask": mask})
    hidden = np.asarray(keras.ops.convert_to_numpy(out["sequence_output"]), dtype=np.float32)
    weights = mask.astype(np.float32)
    pooled = np.einsum("btd,bt->bd", hidden, weights) / weights.sum(axis=1, keepdims=True)
    return pooled / np.sqrt((pooled ** 2).sum(axis=1, keepdims=True))
