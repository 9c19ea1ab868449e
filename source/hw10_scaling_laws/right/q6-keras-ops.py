# Computes the energy and the emissions with keras.ops, the course's Keras way, instead of *: float32 tensors
# (7 significant digits, e.g. 2.4000001 kg), element-wise on arrays too.
from keras import ops


def footprint(device_hours, power_kw=0.4, kg_co2_per_kwh=0.4, pue=1.0):
    kwh = ops.multiply(device_hours, power_kw * pue)
    return {"kwh": kwh, "kg_co2": ops.multiply(kwh, kg_co2_per_kwh)}
