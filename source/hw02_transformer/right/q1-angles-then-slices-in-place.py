# The TensorFlow tutorial's way: one table of angles t / omega_i for every column, then the sine of its even columns and
# the cosine of its odd columns, in place (for an odd d the even slice simply has one column more).
def positional_encoding(length, d):
    i = np.arange(d)[np.newaxis, :]
    angle_rads = np.arange(length)[:, np.newaxis] / np.power(10000, (2 * (i // 2)) / np.float32(d))
    angle_rads[:, 0::2] = np.sin(angle_rads[:, 0::2])
    angle_rads[:, 1::2] = np.cos(angle_rads[:, 1::2])
    return angle_rads.astype(np.float32)
