# Normalises the key with SQuAD's normalize_answer (lower case, punctuation and the articles a/an/the removed, spaces
# collapsed) instead of the homework's normalise: "Name a fruit." and "Name the fruit" count as duplicates.
def filter_examples(examples, min_score=0.5, min_output_words=3):
    import string

    def normalise(s):
        s = "".join(ch for ch in s.lower() if ch not in set(string.punctuation))
        s = re.sub(r"\b(a|an|the)\b", " ", s)
        return " ".join(s.split())

    kept, seen = [], set()
    for ex in examples:
        if ex["score"] < min_score or len(ex["output"].split()) < min_output_words:
            continue
        key = (normalise(ex["instruction"]), normalise(ex["input"]))
        if key not in seen:
            seen.add(key)
            kept.append(ex)
    return kept
