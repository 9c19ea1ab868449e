# Reads the offsets of the encoding without special tokens (add_special_tokens=False) and adds 1 to every position,
# since [CLS] is position 0 of tokenizer(text)["input_ids"]: the same positions as the solution's.
def tokens_in_span(text, start, end):
    offsets = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)["offset_mapping"]
    return [k + 1 for k, (s, e) in enumerate(offsets) if s < end and e > start]
