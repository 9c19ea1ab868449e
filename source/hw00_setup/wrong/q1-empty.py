# Degenerate stub: an empty dict instead of the six entries (five versions and the backend name).
versions = {}
