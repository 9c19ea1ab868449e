# Leaves out return_tensors="np", so the two values are Python lists of lists, not NumPy integer arrays.
def encode_batch(sentences, max_length):
    encoded = tokenizer(list(sentences), padding="max_length", truncation=True, max_length=max_length)
    return {"input_ids": encoded["input_ids"], "attention_mask": encoded["attention_mask"]}
