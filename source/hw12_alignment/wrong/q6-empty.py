# Degenerate stub: expected score 0.0, updates that return zeros, and an empty dict of ratings.
def elo_expected(r_a, r_b):
    return 0.0


def elo_update(r_a, r_b, s_a, k=32):
    return 0.0, 0.0


def elo_ratings(battles, initial=1000.0, k=32):
    return {}
