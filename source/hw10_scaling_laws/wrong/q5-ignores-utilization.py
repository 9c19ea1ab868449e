# Ignores the utilisation: the device's peak rate taken as what it sustains.
def device_hours(flops, flops_per_second, utilization=1.0):
    return flops / flops_per_second / SECONDS_PER_HOUR
