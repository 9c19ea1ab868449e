# Degenerate stub: predicts "positive" for every sentence without running the model (accuracy_of is computed from these
# predictions).
def predict_labels(model, sentences, batch_size=64):
    return ["positive"] * len(list(sentences))


def accuracy_of(model, split):
    predicted = predict_labels(model, split["sentence"])
    truth = [LABELS[int(i)] for i in split["label"]]
    return float(np.mean([p == t for p, t in zip(predicted, truth)]))
