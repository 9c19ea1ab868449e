# Degenerate stub: the right keys, each with the value 0.0.
def footprint(device_hours, power_kw=0.4, kg_co2_per_kwh=0.4, pue=1.0):
    return {"kwh": 0.0, "kg_co2": 0.0}
