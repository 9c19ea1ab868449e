# Removes duplicates before the score and length rules, so a rejected first copy blocks a good later one.
def filter_examples(examples, min_score=0.5, min_output_words=3):
    seen, unique = set(), []
    for ex in examples:
        key = (" ".join(ex["instruction"].lower().split()), " ".join(ex["input"].lower().split()))
        if key not in seen:
            seen.add(key)
            unique.append(ex)
    return [ex for ex in unique if ex["score"] >= min_score and len(ex["output"].split()) >= min_output_words]
