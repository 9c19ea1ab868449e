# Numbers the models in order of appearance and keeps their ratings in one NumPy array, indexed by those numbers; the
# dictionary is built at the end from the names and the array.
def elo_ratings(battles, initial=1000.0, k=32):
    index = {}
    for model_a, model_b, _ in battles:
        for model in (model_a, model_b):
            index.setdefault(model, len(index))
    ratings = np.full(len(index), float(initial))
    for model_a, model_b, winner in battles:
        i, j = index[model_a], index[model_b]
        s_a = {"a": 1.0, "b": 0.0, "tie": 0.5}[winner]
        ratings[i], ratings[j] = elo_update(ratings[i], ratings[j], s_a, k)
    return {model: float(ratings[i]) for model, i in index.items()}
