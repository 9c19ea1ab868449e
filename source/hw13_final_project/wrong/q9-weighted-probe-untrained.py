# Reads the weighted probe's head, and its recalls, before train_head_only ever ran on it: weighted_head differs from
# trained_head (a new head's random kernel), and its recalls are those of the probe it came from, but nothing was
# trained with the class weights.
weighted_probe = load_classifier()
freeze_body(weighted_probe)
weighted_head = head_of(weighted_probe).get_weights()
untrained_predicted = [LABELS.index(name) for name in predict_labels(weighted_probe, data["validation"]["sentence"])]
imbalance_recall["weighted"] = per_class_recall(
    confusion_matrix(data["validation"]["label"], untrained_predicted)).tolist()
del weighted_probe
