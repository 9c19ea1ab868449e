# Tokenises with the keyword arguments in another order, keeps the two keys with a comprehension, and casts them to
# int64 (NumPy integer arrays, as asked): the same ids and mask, padded and truncated to max_length.
def encode_batch(sentences, max_length):
    encoded = tokenizer(list(sentences), max_length=max_length, truncation=True, padding="max_length",
                        return_tensors="np")
    return {key: np.asarray(encoded[key], dtype=np.int64) for key in ("input_ids", "attention_mask")}
