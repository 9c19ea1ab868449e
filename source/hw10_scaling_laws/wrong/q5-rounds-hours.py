# Rounds the device-hours to two decimals (5,555.56 h): close enough for GPT-3, but 0.28 h instead of 0.2778 h for a
# small run, and Python's round takes one number, not an array.
def device_hours(flops, flops_per_second, utilization=1.0):
    return round(flops / (flops_per_second * utilization) / SECONDS_PER_HOUR, 2)
