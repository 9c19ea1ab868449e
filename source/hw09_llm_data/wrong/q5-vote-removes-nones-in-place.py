# Removes the None answers from the list it is given (answers.remove(None)) after counting all samples: the vote is
# right, but self_training_pairs then zips the samples with a shorter answers list and pairs the wrong samples.
def majority_vote(answers):
    m = len(answers)
    while None in answers:
        answers.remove(None)
    if not answers:
        return None, 0.0
    counts = Counter(answers)
    label = max(counts, key=counts.get)
    return label, counts[label] / m
