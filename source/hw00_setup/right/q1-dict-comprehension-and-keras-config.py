# Builds the dictionary from a table of the imported modules (a dict comprehension over their __version__) and reads
# the backend with keras.config.backend(), of which keras.backend.backend() is an alias: the same six strings.
imported = {"tensorflow": tf, "keras": keras, "keras_hub": keras_hub, "transformers": transformers}
versions = {"python": platform.python_version()}
versions.update({name: module.__version__ for name, module in imported.items()})
versions["backend"] = keras.config.backend()
