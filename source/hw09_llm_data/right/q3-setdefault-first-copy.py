# Keeps the first passing copy of each key in a dict with setdefault (a dict keeps insertion order) and returns its
# values: the same kept examples, in the same order, as a seen-set and a list.
def filter_examples(examples, min_score=0.5, min_output_words=3):
    first = {}
    for ex in examples:
        if ex["score"] >= min_score and len(ex["output"].split()) >= min_output_words:
            key = tuple(" ".join(ex[field].lower().split()) for field in ("instruction", "input"))
            first.setdefault(key, ex)
    return list(first.values())
