# Sorts the (answer, count) items by count with reverse=True and takes the first: Python's sort is stable even in
# reverse, so equal counts keep their first-appearance order and a tie goes to the answer that appears first.
def majority_vote(answers):
    counts = Counter(a for a in answers if a is not None)
    if not counts:
        return None, 0.0
    label, count = sorted(counts.items(), key=lambda item: item[1], reverse=True)[0]
    return label, count / len(answers)
