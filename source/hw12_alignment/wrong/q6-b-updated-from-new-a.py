# Updates the two ratings one after the other in the dictionary: B's expected score is computed from A's NEW rating,
# not from the ratings before the battle, so B moves by the wrong amount and the total is no longer conserved.
def elo_ratings(battles, initial=1000.0, k=32):
    score = {"a": 1.0, "b": 0.0, "tie": 0.5}
    ratings = {}
    for model_a, model_b, winner in battles:
        ratings.setdefault(model_a, initial)
        ratings.setdefault(model_b, initial)
        s_a = score[winner]
        ratings[model_a] = ratings[model_a] + k * (s_a - elo_expected(ratings[model_a], ratings[model_b]))
        ratings[model_b] = ratings[model_b] + k * ((1 - s_a) - elo_expected(ratings[model_b], ratings[model_a]))
    return ratings
