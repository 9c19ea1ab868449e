# Counts and picks the winner in one pass, updating it whenever a count beats the best so far: a tie goes to the
# answer that REACHES the top count first, not the one that appears first (["9", "10", "10", "9"] gives "10").
def majority_vote(answers):
    counts, label, best = {}, None, 0
    for a in answers:
        if a is None:
            continue
        counts[a] = counts.get(a, 0) + 1
        if counts[a] > best:
            label, best = a, counts[a]
    return label, (best / len(answers) if answers else 0.0)
