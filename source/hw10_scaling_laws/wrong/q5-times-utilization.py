# Multiplies by the utilisation: a device at 40% of its peak would finish sooner.
def device_hours(flops, flops_per_second, utilization=1.0):
    return flops * utilization / flops_per_second / SECONDS_PER_HOUR
