# Uses the backbone's "pooled_output" (the pooler's tanh(W [CLS] + b)) as the sentence embedding instead of the
# mean over the real tokens of "sequence_output".
def embed(sentences):
    enc = tokenizer(list(sentences), padding=True, truncation=True, return_tensors="np")
    out = embedder({"token_ids": enc["input_ids"], "segment_ids": enc["token_type_ids"],
                    "padding_mask": enc["attention_mask"].astype(bool)})
    e = keras.ops.convert_to_numpy(out["pooled_output"]).astype(np.float64)
    return e / np.linalg.norm(e, axis=1, keepdims=True)
