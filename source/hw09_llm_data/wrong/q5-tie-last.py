# Breaks ties in favour of the answer seen LAST (">=" when scanning), not the one that appears first.
def majority_vote(answers):
    counts = Counter(a for a in answers if a is not None)
    label, best = None, 0
    for a in answers:
        if a is not None and counts[a] >= best:
            label, best = a, counts[a]
    return label, (best / len(answers) if answers else 0.0)
