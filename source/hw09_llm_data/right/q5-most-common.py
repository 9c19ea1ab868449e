# Counts every answer, None included, with a Counter, deletes the None entry and takes Counter.most_common(1), which
# keeps the first-inserted of equal counts: the same label and confidence as max over the counts.
def majority_vote(answers):
    counts = Counter(answers)
    del counts[None]
    if not counts:
        return None, 0.0
    label, count = counts.most_common(1)[0]
    return label, count / len(answers)
