# Scales the device-hours in place (kwh = device_hours, then kwh *= ...): kwh is the caller's own array, which now
# holds kWh instead of hours, and an integer array of hours cannot be multiplied in place by a float at all.
def footprint(device_hours, power_kw=0.4, kg_co2_per_kwh=0.4, pue=1.0):
    kwh = device_hours
    kwh *= power_kw * pue
    return {"kwh": kwh, "kg_co2": kwh * kg_co2_per_kwh}
