# Counts positions in the encoding without special tokens, so every position is one less than in input_ids ([CLS] is
# position 0 there).
def tokens_in_span(text, start, end):
    offsets = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)["offset_mapping"]
    return [i for i, (s, e) in enumerate(offsets) if s < end and e > start]
