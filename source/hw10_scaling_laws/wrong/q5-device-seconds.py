# Returns device-SECONDS: forgets to divide by 3,600 seconds per hour.
def device_hours(flops, flops_per_second, utilization=1.0):
    return flops / (flops_per_second * utilization)
