# Converts the FLOPs with float() first "to be safe": right for one run, a TypeError for an array of runs.
def device_hours(flops, flops_per_second, utilization=1.0):
    return float(flops) / (flops_per_second * utilization) / SECONDS_PER_HOUR
