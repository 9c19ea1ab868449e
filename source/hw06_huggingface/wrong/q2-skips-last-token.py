# Skips the special tokens with range(1, len(offsets) - 2), one too few: the last real token (just before [SEP]) is
# never considered, so a span at the end of the text misses it.
def tokens_in_span(text, start, end):
    offsets = tokenizer(text, return_offsets_mapping=True)["offset_mapping"]
    return [i for i in range(1, len(offsets) - 2) if offsets[i][0] < end and offsets[i][1] > start]
