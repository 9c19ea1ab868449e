# Compares only the confidence with the threshold and forgets that a question with no answer at all (pseudo-label
# None) is never kept: at threshold 0.0 it gets the pseudo-label None and its answerless samples become pairs.
def confident_pseudo_labels(records, threshold=0.6):
    labels = {}
    for rec in records:
        label, confidence = majority_vote(rec["answers"])
        if confidence >= threshold:
            labels[rec["id"]] = label
    return labels


def self_training_pairs(records, threshold=0.6):
    pairs = []
    for rec in records:
        label, confidence = majority_vote(rec["answers"])
        if confidence < threshold:
            continue
        prompt = "Q: " + rec["question"] + "\nA:"
        pairs += [(prompt, sample) for sample, answer in zip(rec["samples"], rec["answers"]) if answer == label]
    return pairs
