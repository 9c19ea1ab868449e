"""The pins: environment.yml and pyproject.toml agree, every pin is exact, the student kit needs nothing."""

import re
import tomllib
from pathlib import Path

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
    assert [d for d in pinned() if not re.fullmatch(r"[A-Za-z0-9_.-]+(\[[a-z-]+\])?==[0-9][0-9A-Za-z.]*", d)] == []


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
