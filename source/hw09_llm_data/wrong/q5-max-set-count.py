# Picks the winner with the idiom max(set(valid), key=valid.count): a set has no order (it follows the strings'
# hashes), so a tie goes to whichever answer the set yields first, not the one that appears first in the list.
def majority_vote(answers):
    valid = [a for a in answers if a is not None]
    if not valid:
        return None, 0.0
    label = max(set(valid), key=valid.count)
    return label, valid.count(label) / len(answers)
