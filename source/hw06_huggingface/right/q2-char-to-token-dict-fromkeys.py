# Maps each character of the span to its token with char_to_token and drops the duplicates with dict.fromkeys, which
# keeps the first-seen order: the characters run left to right, so the positions come out in increasing order.
def tokens_in_span(text, start, end):
    encoding = tokenizer(text)
    positions = [encoding.char_to_token(c) for c in range(start, end)]
    return [int(i) for i in dict.fromkeys(positions) if i is not None]
