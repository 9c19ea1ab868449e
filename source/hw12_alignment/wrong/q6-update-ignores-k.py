# elo_update writes the constant 32 where its k argument belongs: right with the default K, wrong for
# elo_ratings(..., k=16), which passes k on as it should.
def elo_update(r_a, r_b, s_a, k=32):
    delta = 32 * (s_a - elo_expected(r_a, r_b))
    return r_a + delta, r_b - delta
