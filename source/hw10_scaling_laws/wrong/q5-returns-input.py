# Degenerate stub: returns the number of FLOPs unchanged.
def device_hours(flops, flops_per_second, utilization=1.0):
    return flops
