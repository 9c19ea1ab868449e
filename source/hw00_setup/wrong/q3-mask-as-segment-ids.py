# Fills the backbone's segment_ids with the attention mask (1 on every real token) instead of the token_type_ids:
# every token then gets the second sentence's segment embedding, and the backbone's outputs change.
def backbone_inputs(sentences):
    encoded = tokenizer(list(sentences), padding=True, return_tensors="np")
    return {"token_ids": encoded["input_ids"], "segment_ids": encoded["attention_mask"],
            "padding_mask": encoded["attention_mask"].astype(bool)}


token_ids = tokenizer(SENTENCE)["input_ids"]
inputs = backbone_inputs([SENTENCE])
outputs = backbone(inputs)
embedding_shape = tuple(int(n) for n in outputs["sequence_output"].shape)
