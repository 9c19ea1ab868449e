# Gives the backbone the tokenizer's 0/1 attention mask as it is (its padding_mask input is int32), sums the token
# vectors over the real positions without dividing by their count, and normalises: the 1/n of the mean cancels in the
# L2 normalisation, so the same unit vectors.
def embed(sentences):
    enc = tokenizer(list(sentences), padding=True, truncation=True, return_tensors="np")
    out = embedder({"token_ids": enc["input_ids"], "segment_ids": enc["token_type_ids"],
                    "padding_mask": enc["attention_mask"]})
    h = np.asarray(out["sequence_output"], dtype=np.float64)
    summed = np.einsum("blh,bl->bh", h, enc["attention_mask"].astype(np.float64))
    return summed / np.linalg.norm(summed, axis=-1, keepdims=True)
