# Uses max(..., default=None) and divides by len(answers) unguarded: [None, None] gives (None, 0.0) as it should,
# but an empty list of answers raises ZeroDivisionError instead of returning (None, 0.0).
def majority_vote(answers):
    counts = Counter(a for a in answers if a is not None)
    label = max(counts, key=counts.get, default=None)
    return label, counts[label] / len(answers)
