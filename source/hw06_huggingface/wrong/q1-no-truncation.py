# Pads to max_length but forgets truncation=True: a sentence longer than max_length keeps all its tokens.
def encode_batch(sentences, max_length):
    encoded = tokenizer(list(sentences), padding="max_length", max_length=max_length, return_tensors="np")
    return {"input_ids": encoded["input_ids"], "attention_mask": encoded["attention_mask"]}
