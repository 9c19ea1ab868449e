# Strips the sampled text before using it as the target (target = sample.strip()), as Questions 1 and 2 strip their
# fields, instead of keeping the sample unchanged: a sample that ends with a newline loses it.
def self_training_pairs(records, threshold=0.6):
    pairs = []
    for rec in records:
        label, confidence = majority_vote(rec["answers"])
        if label is None or confidence < threshold:
            continue
        prompt = "Q: " + rec["question"] + "\nA:"
        for sample, answer in zip(rec["samples"], rec["answers"]):
            if answer == label:
                pairs.append((prompt, sample.strip()))
    return pairs
