# Uses math.pow: right for two numbers, but a TypeError on NumPy arrays of ratings.
import math


def elo_expected(r_a, r_b):
    return 1.0 / (1.0 + math.pow(10.0, (r_b - r_a) / 400.0))
