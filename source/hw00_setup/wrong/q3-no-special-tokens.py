# Tokenises without the special tokens [CLS] and [SEP].
def backbone_inputs(sentences):
    encoded = tokenizer(list(sentences), padding=True, add_special_tokens=False, return_tensors="np")
    return {"token_ids": encoded["input_ids"], "segment_ids": encoded["token_type_ids"],
            "padding_mask": encoded["attention_mask"].astype(bool)}


token_ids = tokenizer(SENTENCE, add_special_tokens=False)["input_ids"]
inputs = backbone_inputs([SENTENCE])
outputs = backbone(inputs)
embedding_shape = tuple(int(n) for n in outputs["sequence_output"].shape)
