# Normalises the instruction and input IN PLACE (ex["instruction"] = normalise(...)) before comparing: the kept
# examples come back lower-cased and re-spaced, and the caller's dictionaries are changed, not returned unchanged.
def filter_examples(examples, min_score=0.5, min_output_words=3):
    kept, seen = [], set()
    for ex in examples:
        ex["instruction"] = " ".join(ex["instruction"].lower().split())
        ex["input"] = " ".join(ex["input"].lower().split())
        if ex["score"] < min_score or len(ex["output"].split()) < min_output_words:
            continue
        key = (ex["instruction"], ex["input"])
        if key not in seen:
            seen.add(key)
            kept.append(ex)
    return kept
