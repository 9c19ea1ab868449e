# Counts None as an answer in the vote: when most samples give no answer, the pseudo-label is None.
def majority_vote(answers):
    if not answers:
        return None, 0.0
    counts = Counter(answers)
    label = max(counts, key=counts.get)
    return label, counts[label] / len(answers)
