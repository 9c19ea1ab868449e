"""The pins: environment.yml and pyproject.toml agree, every pin is exact, the student kit needs nothing."""

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Iterator

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
EXTRAS = ("course", "grader", "dev")


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def pinned() -> list[str]:
    extras = pyproject()["project"]["optional-dependencies"]
    return [pin for extra in EXTRAS for pin in extras[extra]]


def conda_env() -> dict:
    return yaml.safe_load((ROOT / "environment.yml").read_text())


def conda_pip_pins() -> list[str]:
    pip = next(d["pip"] for d in conda_env()["dependencies"] if isinstance(d, dict))
    return [p for p in pip if not p.startswith("-")]


def test_conda_and_pyproject_pin_the_same_versions():
    assert sorted(conda_pip_pins()) == sorted(pinned())


def test_every_extra_is_pinned_exactly():
    assert [d for d in pinned() if not re.fullmatch(r"[A-Za-z0-9_.-]+(\[[a-z-]+\])?==[0-9][0-9A-Za-z.]*(; python_version >= '3\.1[0-9]')?", d)] == []


def test_the_student_kit_installs_without_a_single_dependency():
    assert pyproject()["project"]["dependencies"] == []


def test_the_distribution_is_not_named_like_the_unrelated_pypi_coursekit():
    assert pyproject()["project"]["name"] == "advml-coursekit"


def test_conda_python_is_the_colab_python():
    assert "python=3.13" in conda_env()["dependencies"]


def test_the_course_pins_tensorflow_itself_not_its_cpu_build_and_no_legacy_keras():
    names = [re.split(r"[=\[]", d)[0].lower() for d in pinned()]
    assert "tensorflow" in names and "tensorflow-cpu" not in names and "tf-keras" not in names


def test_no_deps_package_is_documented_for_conda_users():
    for requirement in pyproject()["tool"]["coursekit"]["no-deps-requirements"]:
        assert f"pip install --no-deps {requirement}" in (ROOT / "environment.yml").read_text()


def test_torch_is_never_a_dependency():
    names = [re.split(r"[=<>\[]", d)[0].lower() for d in pinned()]
    assert "torch" not in names and all("torch" not in n for n in conda_pip_pins())


SUPPORTED_PYTHONS = ("3.11", "3.12", "3.13")


def pins_for(python: str) -> list[str]:
    return [pin.split(";")[0] for pin in pinned()
            if ";" not in pin or tuple(map(int, python.split("."))) >= (3, 12)]  # the one marker used


@pytest.fixture(scope="module")
def resolutions(tmp_path_factory) -> Iterator[dict[str, tuple[subprocess.Popen, Path, Path]]]:
    """pip's resolution of the pins for each supported Python, without installing: the three started at once,
    because each waits on the package index, not on the CPU (one after the other they took 44 to 49 s each).
    Each writes its report and its errors to files, so that none blocks on a full pipe while another is read."""
    started = {}
    for python in SUPPORTED_PYTHONS:
        folder = tmp_path_factory.mktemp(f"pip-{python}")
        report, errors = folder / "report.json", folder / "stderr.txt"
        with report.open("w") as out, errors.open("w") as err:
            process = subprocess.Popen(
                [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet", "--report", "-",
                 "--only-binary=:all:", "--python-version", python, "--implementation", "cp",
                 *[arg for glibc in range(17, 40) for arg in ("--platform", f"manylinux_2_{glibc}_x86_64")],
                 "--platform", "manylinux2014_x86_64",
                 "--target", str(folder / "target"), *pins_for(python)],
                stdout=out, stderr=err, text=True)
        started[python] = (process, report, errors)
    yield started
    for process, _, _ in started.values():
        process.kill()
        process.wait()


@pytest.mark.slow
@pytest.mark.parametrize("python", SUPPORTED_PYTHONS)
def test_every_pin_has_a_linux_wheel_for_each_supported_python(python, resolutions):
    # pyproject's requires-python promises 3.11 to 3.13; CI installs 3.13 (Colab's). pip resolves
    # the pins for the other two without installing: a pin with no wheel for one fails here.
    assert pyproject()["project"]["requires-python"] == ">=3.11,<3.14"
    process, report, errors = resolutions[python]
    assert process.wait(timeout=900) == 0, errors.read_text()[-3000:]

    def canonical(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    installed = {canonical(item["metadata"]["name"]): item["metadata"]["version"]
                 for item in json.loads(report.read_text())["install"]}
    wanted = {canonical(pin.split("==")[0].split("[")[0]): pin.split("==")[1] for pin in pins_for(python)}
    assert {name: installed.get(name) for name in wanted} == wanted
