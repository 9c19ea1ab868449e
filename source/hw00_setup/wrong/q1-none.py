# Degenerate stub: the right keys, each with the value None, reading no version and no backend at all.
versions = {"python": None, "tensorflow": None, "keras": None, "keras_hub": None, "transformers": None, "backend": None}
