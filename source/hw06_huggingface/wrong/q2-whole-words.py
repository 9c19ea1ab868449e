# Widens the span to whole words: returns every word piece of each word that overlaps the span, also the pieces that lie
# outside it.
def tokens_in_span(text, start, end):
    encoding = tokenizer(text, return_offsets_mapping=True)
    words = encoding.word_ids()
    hit = {w for w, (s, e) in zip(words, encoding["offset_mapping"]) if w is not None and s < end and e > start}
    return [i for i, w in enumerate(words) if w in hit]
