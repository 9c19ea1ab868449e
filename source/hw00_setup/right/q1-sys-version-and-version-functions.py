# Reads Python's version from sys.version (its first word) and the libraries' from tf.version.VERSION, keras.version()
# and keras_hub.version() instead of __version__: the same six strings.
import sys

versions = {
    "python": sys.version.split()[0],
    "tensorflow": tf.version.VERSION,
    "keras": keras.version(),
    "keras_hub": keras_hub.version(),
    "transformers": transformers.__version__,
    "backend": keras.config.backend(),
}
