# Finds the winner with statistics.multimode, which lists the most common answers in the order they first appear, and
# takes the first of them; the confidence with list.count: the same label and confidence as a Counter.
def majority_vote(answers):
    import statistics

    modes = statistics.multimode(a for a in answers if a is not None)
    if not modes:
        return None, 0.0
    return modes[0], answers.count(modes[0]) / len(answers)
