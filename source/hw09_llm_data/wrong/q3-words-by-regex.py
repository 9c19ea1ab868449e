# Counts the output's words with re.findall(r"\w+", output), the tokenizer of many tutorials, instead of
# output.split(): "state-of-the-art results" counts 5 words instead of 2, and "n = 3 ." counts 2 instead of 4.
def filter_examples(examples, min_score=0.5, min_output_words=3):
    kept, seen = [], set()
    for ex in examples:
        if ex["score"] < min_score or len(re.findall(r"\w+", ex["output"])) < min_output_words:
            continue
        key = (" ".join(ex["instruction"].lower().split()), " ".join(ex["input"].lower().split()))
        if key not in seen:
            seen.add(key)
            kept.append(ex)
    return kept
