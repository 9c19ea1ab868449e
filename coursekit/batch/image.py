"""The grading image's build steps (autograder/Dockerfile runs them before anything else is installed).

    python -m coursekit.batch.image requirements PYPROJECT           the image's pins, one a line
    python -m coursekit.batch.image no-deps-requirements PYPROJECT   the packages to install with pip --no-deps
    python -m coursekit.batch.image bake-models CACHE [NAMES...]     download registered models into CACHE

The image's requirements are the pins of pyproject.toml's `course` and `grader` extras, with
TensorFlow's CUDA libraries (`tensorflow[and-cuda]`) for `tensorflow`, so the image never drifts
from the course environment. This module imports only the standard library at its top.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

TENSORFLOW = "tensorflow"
GPU_TENSORFLOW = "tensorflow[and-cuda]"
IMAGE_EXTRAS = ("course", "grader")
# A model folder needs its config, tokenizer files and TensorFlow-loadable weights; PyTorch-only
# weights (*.bin) and other exports would only bloat the image.
MODEL_FILES = ("*.json", "*.txt", "*.model", "tf_model.h5", "model.safetensors")

def _pyproject(path: Path) -> dict:
    return tomllib.loads(Path(path).read_text())


def image_requirements(pyproject: Path) -> list[str]:
    """The pins of the image's extras, with tensorflow[and-cuda] for tensorflow (same version)."""
    extras = _pyproject(pyproject)["project"]["optional-dependencies"]
    pins = [pin for extra in IMAGE_EXTRAS for pin in extras[extra]]
    tensorflow = [p for p in pins if p.startswith(f"{TENSORFLOW}==")]
    if len(tensorflow) != 1:
        raise ValueError(f"{pyproject}: expected one {TENSORFLOW}==VERSION pin, found {len(tensorflow)}")
    return [p.replace(TENSORFLOW, GPU_TENSORFLOW, 1) if p == tensorflow[0] else p for p in dict.fromkeys(pins)]


def no_deps_requirements(pyproject: Path) -> list[str]:
    """The packages installed with `pip install --no-deps` (their dependencies would pull in torch)."""
    return list(_pyproject(pyproject)["tool"]["coursekit"]["no-deps-requirements"])


def bake_models(names: list[str], cache: Path) -> list[Path]:
    """Downloads each registered model from the Hub into `cache`, where coursekit.course.models finds it.

    Raises ModelNotAllowedError, before downloading anything, for a model outside the registry.
    """
    from huggingface_hub import snapshot_download

    from ..course.models import MODELS, canonical_name

    specs = [MODELS[canonical_name(name)] for name in names]
    folders = []
    for spec in specs:
        folder = Path(cache) / spec.name.replace("/", "--")
        snapshot_download(repo_id=spec.hub_id, local_dir=folder, allow_patterns=list(MODEL_FILES))
        if not (folder / "config.json").is_file():
            raise FileNotFoundError(f"{spec.hub_id} on the Hub has no config.json; nothing usable in {folder}")
        folders.append(folder)
    return folders


USAGE = """usage: python -m coursekit.batch.image COMMAND ARGS
  requirements PYPROJECT           the image's pins, one a line (tensorflow[and-cuda] for tensorflow)
  no-deps-requirements PYPROJECT   the packages to install with pip --no-deps, one a line
  bake-models CACHE [NAMES...]     download registered models into CACHE (names split on spaces too)"""


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "requirements":
        print("\n".join(image_requirements(Path(argv[1]))))
    elif len(argv) == 2 and argv[0] == "no-deps-requirements":
        print("\n".join(no_deps_requirements(Path(argv[1]))))
    elif len(argv) >= 2 and argv[0] == "bake-models":
        # A Docker build argument arrives as one word holding every name.
        names = [name for arg in argv[2:] for name in arg.split()]
        Path(argv[1]).mkdir(parents=True, exist_ok=True)
        for folder in bake_models(names, Path(argv[1])):
            print(folder)
    else:
        print(USAGE, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
