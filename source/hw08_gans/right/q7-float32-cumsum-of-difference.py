# Reads the masses as float32 and takes the cumulative sum of the bin-wise difference, |cumsum(P - Q)|, which equals
# cumsum(P) - cumsum(Q).
def emd_1d(P, Q):
    difference = np.asarray(P, dtype="float32") - np.asarray(Q, dtype="float32")
    return float(np.abs(np.cumsum(difference)).sum())
