# Passes the tokenizer's attention mask on as integers 0/1 instead of converting it to bool.
def backbone_inputs(sentences):
    encoded = tokenizer(list(sentences), padding=True, return_tensors="np")
    return {"token_ids": encoded["input_ids"], "segment_ids": encoded["token_type_ids"],
            "padding_mask": encoded["attention_mask"]}


token_ids = tokenizer(SENTENCE)["input_ids"]
inputs = backbone_inputs([SENTENCE])
outputs = backbone(inputs)
embedding_shape = tuple(int(n) for n in outputs["sequence_output"].shape)
