# Degenerate stub: no label with confidence 0.0, no kept question and no training pair, whatever the data.
def majority_vote(answers):
    return None, 0.0


def confident_pseudo_labels(records, threshold=0.6):
    return {}


def self_training_pairs(records, threshold=0.6):
    return []
