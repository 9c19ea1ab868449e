# Reports the version of Keras itself under "keras_hub" instead of KerasHub's own (keras_hub.__version__), a different
# package.
versions = {
    "python": platform.python_version(),
    "tensorflow": tf.__version__,
    "keras": keras.__version__,
    "keras_hub": keras.__version__,
    "transformers": transformers.__version__,
    "backend": keras.backend.backend(),
}
