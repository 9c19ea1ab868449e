# Tokenises without the special tokens [CLS] and [SEP].
token_ids = tokenizer(SENTENCE, add_special_tokens=False)["input_ids"]
outputs = model(tokenizer(SENTENCE, add_special_tokens=False, return_tensors="tf"))
embedding_shape = tuple(int(n) for n in outputs.last_hidden_state.shape)
