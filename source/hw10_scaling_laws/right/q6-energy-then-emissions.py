# Builds the dict step by step, the device energy first and then the facility's PUE: the same kWh and kg of CO2.
def footprint(device_hours, power_kw=0.4, kg_co2_per_kwh=0.4, pue=1.0):
    device_kwh = power_kw * device_hours
    result = {"kwh": device_kwh * pue}
    result["kg_co2"] = kg_co2_per_kwh * result["kwh"]
    return result
