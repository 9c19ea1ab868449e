# Flips the sign in the exponent: 10 ** ((R_A - R_B) / 400) makes the stronger player the underdog.
def elo_expected(r_a, r_b):
    return 1.0 / (1.0 + 10.0 ** ((r_a - r_b) / 400.0))
