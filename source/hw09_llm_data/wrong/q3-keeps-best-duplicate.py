# Among duplicates keeps the copy with the HIGHEST score instead of the first one that passed the rules.
def filter_examples(examples, min_score=0.5, min_output_words=3):
    best = {}
    for i, ex in enumerate(examples):
        if ex["score"] < min_score or len(ex["output"].split()) < min_output_words:
            continue
        key = (" ".join(ex["instruction"].lower().split()), " ".join(ex["input"].lower().split()))
        if key not in best or ex["score"] > examples[best[key]]["score"]:
            best[key] = i
    return [examples[i] for i in sorted(best.values())]
