# Maps each character of the span to its token with char_to_token and returns list(set(...)), which drops the
# duplicates but keeps no order: {7, 8} comes back as [8, 7].
def tokens_in_span(text, start, end):
    encoding = tokenizer(text)
    positions = {encoding.char_to_token(c) for c in range(start, end)}
    return list(positions - {None})
