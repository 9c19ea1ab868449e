# Writes the update case by case and moves the ratings by K * (1 - E_A), what A gains by a win, whoever wins: right when
# A wins and at equal ratings (E_A = 1/2), but a loss must cost A K * E_A, so an upset (the stronger A losing) moves the
# ratings far too little, and the weaker A losing far too much.
def elo_update(r_a, r_b, s_a, k=32):
    e_a = elo_expected(r_a, r_b)
    if s_a == 1:
        return r_a + k * (1 - e_a), r_b - k * (1 - e_a)
    if s_a == 0:
        return r_a - k * (1 - e_a), r_b + k * (1 - e_a)
    return r_a + k * (0.5 - e_a), r_b - k * (0.5 - e_a)
