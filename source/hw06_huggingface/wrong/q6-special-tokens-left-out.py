# Leaves [CLS] and [SEP] out of the mean (only the sentence's own word pieces averaged), where all-MiniLM-L6-v2's
# pooling averages every position whose attention mask is 1, special tokens included.
def embed(sentences):
    enc = tokenizer(list(sentences), padding=True, truncation=True, return_tensors="np")
    out = embedder({"token_ids": enc["input_ids"], "segment_ids": enc["token_type_ids"],
                    "padding_mask": enc["attention_mask"].astype(bool)})
    h = keras.ops.convert_to_numpy(out["sequence_output"]).astype(np.float64)
    mask = enc["attention_mask"].astype(np.float64)
    mask[:, 0] = 0.0
    mask[np.arange(len(mask)), enc["attention_mask"].sum(axis=1) - 1] = 0.0
    e = (h * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
    return e / np.linalg.norm(e, axis=1, keepdims=True)
