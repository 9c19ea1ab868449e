# Handles "a" and "tie" only: a battle that B wins is scored as a tie.
def elo_ratings(battles, initial=1000.0, k=32):
    ratings = {}
    for model_a, model_b, winner in battles:
        r_a = ratings.get(model_a, initial)
        r_b = ratings.get(model_b, initial)
        s_a = 1.0 if winner == "a" else 0.5
        ratings[model_a], ratings[model_b] = elo_update(r_a, r_b, s_a, k)
    return ratings
