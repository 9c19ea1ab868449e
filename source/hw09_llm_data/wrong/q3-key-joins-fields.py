# Builds the duplicate key by normalising the instruction and the input joined with a space, instead of the pair of
# normalised fields: "Translate to French: Good morning" with no input collides with "Translate to French:" with the
# input "Good morning", and the second (a different example) is dropped as a duplicate.
def filter_examples(examples, min_score=0.5, min_output_words=3):
    kept, seen = [], set()
    for ex in examples:
        if ex["score"] < min_score or len(ex["output"].split()) < min_output_words:
            continue
        key = " ".join((ex["instruction"] + " " + ex["input"]).lower().split())
        if key not in seen:
            seen.add(key)
            kept.append(ex)
    return kept
