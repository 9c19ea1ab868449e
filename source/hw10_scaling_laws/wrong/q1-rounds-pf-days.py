# Rounds the PF-days to one decimal, as the prompt prints them (49.3 PF-days): the conversion loses its precision, and
# Python's round takes one number, not an array.
def flops_to_pf_days(flops):
    return round(flops / (1e15 * SECONDS_PER_DAY), 1)
