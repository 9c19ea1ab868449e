# Pads with padding="longest" (what padding=True means), renames the tokenizer's keys with a table, makes the mask
# boolean by comparing it with 1 instead of .astype(bool), takes the ids with tokenizer.encode (the same list as
# tokenizer(SENTENCE)["input_ids"]) and the shape with keras.ops.shape: the same dictionary, list and tuple.
def backbone_inputs(sentences):
    encoded = tokenizer(list(sentences), padding="longest", return_tensors="np")
    names = {"input_ids": "token_ids", "token_type_ids": "segment_ids", "attention_mask": "padding_mask"}
    batch = {new: np.asarray(encoded[old]) for old, new in names.items()}
    batch["padding_mask"] = batch["padding_mask"] == 1
    return batch


token_ids = tokenizer.encode(SENTENCE)
inputs = backbone_inputs([SENTENCE])
outputs = backbone(inputs)
embedding_shape = tuple(int(n) for n in keras.ops.shape(outputs["sequence_output"]))
