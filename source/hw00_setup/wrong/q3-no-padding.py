# Tokenises each sentence on its own and stacks what fits, without padding: a batch of sentences of different lengths
# breaks.
def backbone_inputs(sentences):
    rows = [tokenizer(s, return_tensors="np") for s in sentences]
    return {"token_ids": np.concatenate([r["input_ids"] for r in rows]),
            "segment_ids": np.concatenate([r["token_type_ids"] for r in rows]),
            "padding_mask": np.concatenate([r["attention_mask"] for r in rows]).astype(bool)}


token_ids = tokenizer(SENTENCE)["input_ids"]
inputs = backbone_inputs([SENTENCE])
outputs = backbone(inputs)
embedding_shape = tuple(int(n) for n in outputs["sequence_output"].shape)
