# Computes the sustained rate first, then the seconds, then divides by a literal 3600.0 instead of SECONDS_PER_HOUR:
# the same device-hours, element-wise on arrays too.
def device_hours(flops, flops_per_second, utilization=1.0):
    sustained_rate = utilization * flops_per_second
    seconds = flops / sustained_rate
    return seconds / 3600.0
