# Counts a token only if it begins inside the span (start <= token_start < end): a token that begins before `start` but
# reaches into the span is dropped.
def tokens_in_span(text, start, end):
    offsets = tokenizer(text, return_offsets_mapping=True)["offset_mapping"]
    return [i for i, (s, e) in enumerate(offsets) if e > s and start <= s < end]
