# E_A as SciPy's logistic function of the rating gap in nats, expit((R_A - R_B) ln 10 / 400), and the updates as
# Chatbot Arena's notebook writes them: E_B computed on its own, R'_B = R_B + K (1 - S_A - E_B).
from scipy.special import expit


def elo_expected(r_a, r_b):
    return expit((np.asarray(r_a, dtype=float) - np.asarray(r_b, dtype=float)) * np.log(10.0) / 400.0)


def elo_update(r_a, r_b, s_a, k=32):
    e_a, e_b = elo_expected(r_a, r_b), elo_expected(r_b, r_a)
    return r_a + k * (s_a - e_a), r_b + k * (1 - s_a - e_b)


def elo_ratings(battles, initial=1000.0, k=32):
    ratings = {}
    for model_a, model_b, winner in battles:
        s_a = 1.0 if winner == "a" else 0.0 if winner == "b" else 0.5
        ratings[model_a], ratings[model_b] = elo_update(ratings.get(model_a, initial), ratings.get(model_b, initial),
                                                        s_a, k)
    return {model: float(rating) for model, rating in ratings.items()}
