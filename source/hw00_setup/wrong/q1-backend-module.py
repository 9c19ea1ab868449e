# Puts the module keras.backend under "backend" instead of calling keras.backend.backend(), the backend's name.
versions = {
    "python": platform.python_version(),
    "tensorflow": tf.__version__,
    "keras": keras.__version__,
    "keras_hub": keras_hub.__version__,
    "transformers": transformers.__version__,
    "backend": keras.backend,
}
