# Counts the votes in a plain dict (insertion-ordered, so a tie goes to the answer seen first) and picks the winner
# with a loop and a strict >: the same label and confidence; the pseudo-labels with a comprehension.
def majority_vote(answers):
    counts = {}
    for answer in answers:
        if answer is not None:
            counts[answer] = counts.get(answer, 0) + 1
    best = None
    for answer, count in counts.items():
        if best is None or count > counts[best]:
            best = answer
    return (best, counts[best] / len(answers)) if best is not None else (None, 0.0)


def confident_pseudo_labels(records, threshold=0.6):
    votes = {record["id"]: majority_vote(record["answers"]) for record in records}
    return {qid: label for qid, (label, confidence) in votes.items() if label is not None and confidence >= threshold}
