# Normalises with re.sub(" +", " ", ...): runs of SPACES collapse, but a tab or a newline inside an instruction or
# input is kept, so "Good\tmorning" and "good morning" are not recognised as duplicates.
def filter_examples(examples, min_score=0.5, min_output_words=3):
    def normalise(s):
        return re.sub(" +", " ", s.lower()).strip()

    kept, seen = [], set()
    for ex in examples:
        if ex["score"] < min_score or len(ex["output"].split()) < min_output_words:
            continue
        key = (normalise(ex["instruction"]), normalise(ex["input"]))
        if key not in seen:
            seen.add(key)
            kept.append(ex)
    return kept
