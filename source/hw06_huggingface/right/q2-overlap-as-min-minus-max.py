# Writes the overlap rule as min(end, e) > max(start, s): the overlap of [s, e) and [start, end) is not empty.
def tokens_in_span(text, start, end):
    offsets = tokenizer(text, return_offsets_mapping=True)["offset_mapping"]
    kept = []
    for position, (s, e) in enumerate(offsets):
        if min(end, e) > max(start, s):
            kept.append(position)
    return kept
