# Writes the update case by case: a win gains A K * (1 - E_A), a loss costs it K * E_A (all of its expected score),
# a tie moves it by K * (1/2 - E_A); B always moves by the opposite amount.
def elo_update(r_a, r_b, s_a, k=32):
    e_a = elo_expected(r_a, r_b)
    if s_a == 1:
        change = k * (1 - e_a)
    elif s_a == 0:
        change = -k * e_a
    else:
        change = k * (0.5 - e_a)
    return r_a + change, r_b - change
