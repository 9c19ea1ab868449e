# Picks the winner with max(valid, key=valid.count) over the LIST of answers (not a set): max keeps the first of equal
# counts in list order, so a tie goes to the answer that appears first, as the rule asks (slower, the same result).
def majority_vote(answers):
    valid = [a for a in answers if a is not None]
    if not valid:
        return None, 0.0
    label = max(valid, key=valid.count)
    return label, valid.count(label) / len(answers)
