# Removes the punctuation from the duplicate key (re.sub(r"[^\w\s]", "", ...)) besides lower-casing and collapsing
# whitespace: "Is 7 prime?" and "Is 7 prime." become the same key although the homework's normalise keeps punctuation.
def filter_examples(examples, min_score=0.5, min_output_words=3):
    def normalise(s):
        return " ".join(re.sub(r"[^\w\s]", "", s.lower()).split())

    kept, seen = [], set()
    for ex in examples:
        if ex["score"] < min_score or len(ex["output"].split()) < min_output_words:
            continue
        key = (normalise(ex["instruction"]), normalise(ex["input"]))
        if key in seen:
            continue
        seen.add(key)
        kept.append(ex)
    return kept
