# Keeps an example only when its score is strictly above min_score (> instead of >=): a score equal to the threshold
# is dropped, although the quality rule says it passes.
def filter_examples(examples, min_score=0.5, min_output_words=3):
    kept, seen = [], set()
    for ex in examples:
        if ex["score"] <= min_score or len(ex["output"].split()) < min_output_words:
            continue
        key = (" ".join(ex["instruction"].lower().split()), " ".join(ex["input"].lower().split()))
        if key not in seen:
            seen.add(key)
            kept.append(ex)
    return kept
