# Treats the end of the span as inclusive (token_start <= end), so a token that starts right at `end` is wrongly
# counted.
def tokens_in_span(text, start, end):
    offsets = tokenizer(text, return_offsets_mapping=True)["offset_mapping"]
    return [i for i, (s, e) in enumerate(offsets) if s <= end and e > start]
