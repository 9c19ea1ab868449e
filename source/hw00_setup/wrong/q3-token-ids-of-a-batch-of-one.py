# Sets token_ids from the batch of one (the input dictionary's 2-D array [[101, ..., 102]]) instead of the list of
# ids of the sentence itself.
def backbone_inputs(sentences):
    encoded = tokenizer(list(sentences), padding=True, return_tensors="np")
    return {"token_ids": encoded["input_ids"], "segment_ids": encoded["token_type_ids"],
            "padding_mask": encoded["attention_mask"].astype(bool)}


inputs = backbone_inputs([SENTENCE])
token_ids = inputs["token_ids"]
outputs = backbone(inputs)
embedding_shape = tuple(int(n) for n in outputs["sequence_output"].shape)
