# Keeps only the tokens lying entirely inside the span, dropping those that overlap it only partly.
def tokens_in_span(text, start, end):
    offsets = tokenizer(text, return_offsets_mapping=True)["offset_mapping"]
    return [i for i, (s, e) in enumerate(offsets) if start <= s and e <= end and e > s]
