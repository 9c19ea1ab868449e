# Returns the kept examples ranked by score, best first (sorted(kept, key=score, reverse=True)), instead of in their
# original order: the same examples, in another order, whenever a later kept example scores higher.
def filter_examples(examples, min_score=0.5, min_output_words=3):
    kept, seen = [], set()
    for ex in examples:
        if ex["score"] < min_score or len(ex["output"].split()) < min_output_words:
            continue
        key = (" ".join(ex["instruction"].lower().split()), " ".join(ex["input"].lower().split()))
        if key not in seen:
            seen.add(key)
            kept.append(ex)
    return sorted(kept, key=lambda ex: ex["score"], reverse=True)
