# Reports the version of keras (Keras 3) under "tf_keras" instead of the tf_keras package (Keras 2).
import keras
versions = {
    "python": platform.python_version(),
    "tensorflow": tf.__version__,
    "tf_keras": keras.__version__,
    "transformers": transformers.__version__,
}
