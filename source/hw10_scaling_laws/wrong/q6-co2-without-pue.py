# The CO2 counts the devices' energy only, not the facility's: the PUE is left out of kg_co2.
def footprint(device_hours, power_kw=0.4, kg_co2_per_kwh=0.4, pue=1.0):
    return {"kwh": device_hours * power_kw * pue, "kg_co2": device_hours * power_kw * kg_co2_per_kwh}
