# Counts the two layers separately, down (d*a weights + a biases) and up (a*d weights + d biases), in integers.
def adapter_param_count(d, a):
    down = d * a + a
    up = a * d + d
    return down + up
