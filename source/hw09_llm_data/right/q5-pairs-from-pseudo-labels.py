# Builds the pairs from confident_pseudo_labels's dictionary (a question is kept when its id is in it) and filters
# the None answers into a new list in majority_vote, leaving the caller's list as it was.
def majority_vote(answers):
    m = len(answers)
    answers = [a for a in answers if a is not None]
    if not answers:
        return None, 0.0
    counts = {}
    for a in answers:
        counts[a] = counts.get(a, 0) + 1
    best = max(counts.values())
    label = next(a for a in answers if counts[a] == best)
    return label, best / m


def self_training_pairs(records, threshold=0.6):
    labels = confident_pseudo_labels(records, threshold=threshold)
    pairs = []
    for rec in records:
        if rec["id"] not in labels:
            continue
        pairs += [("Q: " + rec["question"] + "\nA:", s) for s, a in zip(rec["samples"], rec["answers"])
                  if a == labels[rec["id"]]]
    return pairs
