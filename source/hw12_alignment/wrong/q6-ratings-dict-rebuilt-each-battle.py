# Rebuilds the dictionary from each battle's two models, ratings = dict(zip(...)) where ratings.update(zip(...))
# belongs: right while the same two models play every battle, but a model that sits out a battle drops out of the
# dictionary, and comes back at `initial` when it plays again.
def elo_ratings(battles, initial=1000.0, k=32):
    score = {"a": 1.0, "b": 0.0, "tie": 0.5}
    ratings = {}
    for model_a, model_b, winner in battles:
        r_a, r_b = ratings.get(model_a, initial), ratings.get(model_b, initial)
        ratings = dict(zip((model_a, model_b), elo_update(r_a, r_b, score[winner], k)))
    return ratings
