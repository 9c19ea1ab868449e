# Counts the down-projection's bias (a) but forgets the up-projection's (d).
def adapter_param_count(d, a):
    return int(2 * d * a + a)
