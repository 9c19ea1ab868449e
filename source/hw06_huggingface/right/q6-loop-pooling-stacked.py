# Pools each sentence in a loop over its real positions (attention mask 1), with segment_ids as zeros (one sentence per
# row), and stacks the unit rows with np.stack into one (n, 384) array: the same embeddings.
def embed(sentences):
    enc = tokenizer(list(sentences), padding=True, truncation=True, return_tensors="np")
    out = embedder({"token_ids": enc["input_ids"], "segment_ids": np.zeros_like(enc["input_ids"]),
                    "padding_mask": enc["attention_mask"] == 1})
    h = np.asarray(out["sequence_output"], dtype=np.float64)
    rows = []
    for i in range(len(sentences)):
        e = h[i][enc["attention_mask"][i] == 1].mean(axis=0)
        rows.append(e / np.linalg.norm(e))
    return np.stack(rows)
