# Maps only the span's first and last characters to tokens with char_to_token and returns every position in between:
# char_to_token gives None for a space, so a span that starts or ends on a space crashes.
def tokens_in_span(text, start, end):
    encoding = tokenizer(text)
    first = encoding.char_to_token(start)
    last = encoding.char_to_token(end - 1)
    return list(range(first, last + 1))
