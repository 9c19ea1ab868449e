# elo_update writes the constant 32 where its k argument belongs, and elo_ratings does its own arithmetic with k
# instead of calling elo_update: the ratings are right, elo_update(..., k=24) is not.
def elo_update(r_a, r_b, s_a, k=32):
    delta = 32 * (s_a - elo_expected(r_a, r_b))
    return r_a + delta, r_b - delta


def elo_ratings(battles, initial=1000.0, k=32):
    ratings = {}
    for model_a, model_b, winner in battles:
        r_a, r_b = ratings.get(model_a, initial), ratings.get(model_b, initial)
        delta = k * ({"a": 1.0, "b": 0.0, "tie": 0.5}[winner] - elo_expected(r_a, r_b))
        ratings[model_a], ratings[model_b] = r_a + delta, r_b - delta
    return ratings
