# Turns the special tokens off: no [CLS] (101) at the start and no [SEP] (102) at the end.
def encode_batch(sentences, max_length):
    encoded = tokenizer(list(sentences), padding="max_length", truncation=True, max_length=max_length,
                        add_special_tokens=False, return_tensors="np")
    return {"input_ids": encoded["input_ids"], "attention_mask": encoded["attention_mask"]}
