# Copies the device-hours into a new float array, np.array(device_hours, dtype=float), and scales that copy in place
# (*=): the caller's hours stay as they were, integer hours work too, and a single run comes back as a 0-d array.
def footprint(device_hours, power_kw=0.4, kg_co2_per_kwh=0.4, pue=1.0):
    kwh = np.array(device_hours, dtype=float)
    kwh *= power_kw
    kwh *= pue
    return {"kwh": kwh, "kg_co2": kwh * kg_co2_per_kwh}
