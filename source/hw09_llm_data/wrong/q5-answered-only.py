# Computes the confidence over the samples that HAVE an answer, ignoring those without one.
def majority_vote(answers):
    valid = [a for a in answers if a is not None]
    if not valid:
        return None, 0.0
    counts = Counter(valid)
    label = max(counts, key=counts.get)
    return label, counts[label] / len(valid)
