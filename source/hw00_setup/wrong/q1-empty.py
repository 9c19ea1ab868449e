# Degenerate stub: an empty dict instead of the four version strings.
versions = {}
