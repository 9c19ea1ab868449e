# Clamps the log-ratio to [-20, 20] before exponentiating "so that the ratio stays finite": exp overflows only above
# 709, so the clamp guards nothing and changes the ratio of any response whose log-probability moved by over 20 nats.
def probability_ratio(logp_new, logp_old):
    diff = np.asarray(logp_new, dtype=float) - np.asarray(logp_old, dtype=float)
    return np.exp(np.clip(diff, -20.0, 20.0))
