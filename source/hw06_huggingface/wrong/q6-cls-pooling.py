# Takes the final [CLS] vector (sequence_output[:, 0], BERT's classification habit) as the sentence embedding
# instead of the mean over the real tokens that all-MiniLM-L6-v2 was trained with.
def embed(sentences):
    enc = tokenizer(list(sentences), padding=True, truncation=True, return_tensors="np")
    out = embedder({"token_ids": enc["input_ids"], "segment_ids": enc["token_type_ids"],
                    "padding_mask": enc["attention_mask"].astype(bool)})
    e = keras.ops.convert_to_numpy(out["sequence_output"]).astype(np.float64)[:, 0, :]
    return e / np.linalg.norm(e, axis=1, keepdims=True)
