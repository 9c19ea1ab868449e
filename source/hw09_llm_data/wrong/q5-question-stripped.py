# Strips the question before building the prompt ("Q: " + question.strip() + "\nA:"), as Questions 1 and 2 strip
# their fields, instead of using the question unchanged: a question with a trailing space or newline loses it.
def self_training_pairs(records, threshold=0.6):
    pairs = []
    for rec in records:
        label, confidence = majority_vote(rec["answers"])
        if label is None or confidence < threshold:
            continue
        prompt = "Q: " + rec["question"].strip() + "\nA:"
        for sample, answer in zip(rec["samples"], rec["answers"]):
            if answer == label:
                pairs.append((prompt, sample))
    return pairs
