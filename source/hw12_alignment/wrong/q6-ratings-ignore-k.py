# elo_ratings forgets to pass its k on: every battle moves the ratings by the default K = 32.
def elo_ratings(battles, initial=1000.0, k=32):
    score = {"a": 1.0, "b": 0.0, "tie": 0.5}
    ratings = {}
    for model_a, model_b, winner in battles:
        r_a = ratings.get(model_a, initial)
        r_b = ratings.get(model_b, initial)
        ratings[model_a], ratings[model_b] = elo_update(r_a, r_b, score[winner])
    return ratings
