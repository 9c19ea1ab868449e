# Picks the winner with max over (count, answer) pairs: a tie goes to the largest string, not the answer that
# appears first ("4" beats "12" whichever came first).
def majority_vote(answers):
    counts = Counter(a for a in answers if a is not None)
    if not counts:
        return None, 0.0
    count, label = max((c, a) for a, c in counts.items())
    return label, count / len(answers)
