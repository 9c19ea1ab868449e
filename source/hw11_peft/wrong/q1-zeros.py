# Degenerate stub: returns the integer 0 whatever d and a.
def adapter_param_count(d, a):
    return 0
