# Keeps a question only when its confidence is strictly above the threshold (> instead of >=).
def majority_vote(answers):
    counts = Counter(a for a in answers if a is not None)
    if not counts:
        return None, 0.0
    label = max(counts, key=counts.get)
    return label, counts[label] / len(answers)


def confident_pseudo_labels(records, threshold=0.6):
    labels = {}
    for rec in records:
        label, confidence = majority_vote(rec["answers"])
        if label is not None and confidence > threshold:
            labels[rec["id"]] = label
    return labels


def self_training_pairs(records, threshold=0.6):
    pairs = []
    for rec in records:
        label, confidence = majority_vote(rec["answers"])
        if label is None or confidence <= threshold:
            continue
        prompt = "Q: " + rec["question"] + "\nA:"
        pairs += [(prompt, sample) for sample, answer in zip(rec["samples"], rec["answers"]) if answer == label]
    return pairs
