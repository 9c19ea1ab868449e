# Stores plain Python floats in the dict, float(...): right for one run, a TypeError for an array of device-hours.
def footprint(device_hours, power_kw=0.4, kg_co2_per_kwh=0.4, pue=1.0):
    kwh = float(device_hours * power_kw * pue)
    return {"kwh": kwh, "kg_co2": float(kwh * kg_co2_per_kwh)}
