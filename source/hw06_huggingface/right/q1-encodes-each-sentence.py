# Encodes one sentence at a time (padding="max_length", truncation=True, max_length as Python lists) and stacks the
# rows with np.array(..., dtype=np.int64): the same ids and mask as one batched call, as NumPy integer arrays.
def encode_batch(sentences, max_length):
    rows = [tokenizer(sentence, padding="max_length", truncation=True, max_length=max_length)
            for sentence in sentences]
    return {"input_ids": np.array([row["input_ids"] for row in rows], dtype=np.int64).reshape(-1, max_length),
            "attention_mask": np.array([row["attention_mask"] for row in rows], dtype=np.int64).reshape(-1, max_length)}
