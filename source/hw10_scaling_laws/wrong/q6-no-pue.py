# Ignores the PUE: counts only the devices' own energy, not the data centre's overhead.
def footprint(device_hours, power_kw=0.4, kg_co2_per_kwh=0.4, pue=1.0):
    kwh = device_hours * power_kw
    return {"kwh": kwh, "kg_co2": kwh * kg_co2_per_kwh}
