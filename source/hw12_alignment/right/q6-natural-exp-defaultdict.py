# E_A as a logistic in base e (10^x = e^(x ln 10)), and the ratings kept in a collections.defaultdict, which is a
# dictionary: the prompt asks for a dictionary {model: rating}.
import collections


def elo_expected(r_a, r_b):
    return 1.0 / (1.0 + np.exp((np.asarray(r_b) - np.asarray(r_a)) * np.log(10.0) / 400.0))


def elo_update(r_a, r_b, s_a, k=32):
    expected_a = elo_expected(r_a, r_b)
    return r_a + k * (s_a - expected_a), r_b + k * ((1.0 - s_a) - (1.0 - expected_a))


def elo_ratings(battles, initial=1000.0, k=32):
    ratings = collections.defaultdict(lambda: initial)
    for model_a, model_b, winner in battles:
        s_a = {"a": 1.0, "b": 0.0, "tie": 0.5}[winner]
        ratings[model_a], ratings[model_b] = elo_update(ratings[model_a], ratings[model_b], s_a, k)
    return ratings
