# Divides the FLOPs in place (flops /= ...) to save a copy: the caller's array of FLOPs becomes hours, and an integer
# array of FLOPs cannot hold the float quotient at all.
def device_hours(flops, flops_per_second, utilization=1.0):
    flops /= flops_per_second * utilization
    flops /= SECONDS_PER_HOUR
    return flops
