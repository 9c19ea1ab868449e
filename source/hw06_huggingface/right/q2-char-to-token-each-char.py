# Maps every character of the span to its token with char_to_token (None for a space) and returns the sorted set:
# a token overlaps [start, end) exactly when it covers one of its characters, so the same positions.
def tokens_in_span(text, start, end):
    encoding = tokenizer(text)
    positions = {encoding.char_to_token(c) for c in range(start, end)}
    return sorted(int(i) for i in positions if i is not None)
