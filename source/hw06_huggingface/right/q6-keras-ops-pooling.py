# Pools and normalises with keras.ops (masked sum / token count, then keras.ops.normalize with the L2 order) on the
# backbone's tensors and converts to NumPy only at the end: the same unit-norm mean over the real tokens.
def embed(sentences):
    enc = tokenizer(list(sentences), padding=True, truncation=True, return_tensors="np")
    padding_mask = enc["attention_mask"].astype(bool)
    out = embedder({"token_ids": enc["input_ids"], "segment_ids": enc["token_type_ids"],
                    "padding_mask": padding_mask})
    mask = keras.ops.expand_dims(keras.ops.cast(padding_mask, "float32"), -1)
    summed = keras.ops.sum(out["sequence_output"] * mask, axis=1)
    mean = summed / keras.ops.sum(mask, axis=1)
    return keras.ops.convert_to_numpy(keras.ops.normalize(mean, axis=-1, order=2))
