# Filters in two passes: first a list comprehension keeps the examples that pass the score and length rules, then a
# loop keeps the first of each (normalised instruction, normalised input) key.
def filter_examples(examples, min_score=0.5, min_output_words=3):
    passing = [ex for ex in examples if ex["score"] >= min_score and len(ex["output"].split()) >= min_output_words]
    kept, keys = [], []
    for ex in passing:
        key = [" ".join(ex[field].lower().split()) for field in ("instruction", "input")]
        if key not in keys:
            keys.append(key)
            kept.append(ex)
    return kept
