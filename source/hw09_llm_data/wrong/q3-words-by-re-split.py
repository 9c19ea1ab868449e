# Counts the output's words with re.split(r"\s+", output) instead of output.split(): a leading or trailing space or
# newline adds an empty "word" ("Paris, France.\n" counts 3 instead of 2), and an empty output counts 1 instead of 0.
def filter_examples(examples, min_score=0.5, min_output_words=3):
    kept, seen = [], set()
    for ex in examples:
        if ex["score"] < min_score or len(re.split(r"\s+", ex["output"])) < min_output_words:
            continue
        key = (" ".join(ex["instruction"].lower().split()), " ".join(ex["input"].lower().split()))
        if key not in seen:
            seen.add(key)
            kept.append(ex)
    return kept
