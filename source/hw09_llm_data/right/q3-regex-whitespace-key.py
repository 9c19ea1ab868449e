# Normalises with a whitespace regex and lower(), checks the conditions in one expression, and keeps the seen keys
# as joined strings: the same kept examples in the same order.
def filter_examples(examples, min_score=0.5, min_output_words=3):
    def key_of(example):
        return "\x00".join(re.sub(r"\s+", " ", example[field]).strip().lower() for field in ("instruction", "input"))

    kept, seen = [], set()
    for example in examples:
        key = key_of(example)
        good = example["score"] >= min_score and len(example["output"].split()) >= min_output_words
        if good and key not in seen:
            seen.add(key)
            kept.append(example)
    return kept
