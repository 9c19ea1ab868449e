# Counts a token when its first or its last character lies inside the span (start <= s < end or start < e <= end): a
# span strictly inside one token, such as 'per' in 'operating', contains neither end of the token and gives [].
def tokens_in_span(text, start, end):
    offsets = tokenizer(text, return_offsets_mapping=True)["offset_mapping"]
    return [i for i, (s, e) in enumerate(offsets) if s < e and (start <= s < end or start < e <= end)]
