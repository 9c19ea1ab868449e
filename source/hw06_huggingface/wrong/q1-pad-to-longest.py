# Uses padding=True, which pads only to the longest sentence of the batch instead of to max_length.
def encode_batch(sentences, max_length):
    encoded = tokenizer(list(sentences), padding=True, truncation=True, max_length=max_length,
                        return_tensors="np")
    return {"input_ids": encoded["input_ids"], "attention_mask": encoded["attention_mask"]}
