"""environment.yml and pyproject.toml pin the same versions."""

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def conda_pip_pins() -> list[str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    return [p for p in pip if not p.startswith("-")]


def test_conda_and_pyproject_pin_the_same_versions():
    assert sorted(conda_pip_pins()) == sorted(pyproject()["project"]["dependencies"])


def test_every_dependency_is_pinned_exactly():
    assert all(re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][0-9A-Za-z.]*", d) for d in pyproject()["project"]["dependencies"])


def test_conda_python_is_the_course_python():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert "python=3.11" in env["dependencies"]


def test_no_deps_package_is_documented_for_conda_users():
    for requirement in pyproject()["tool"]["coursekit"]["no-deps-requirements"]:
        assert f"pip install --no-deps {requirement}" in (ROOT / "environment.yml").read_text()


def test_torch_is_never_a_dependency():
    names = [re.split(r"[=<>]", d)[0].lower() for d in pyproject()["project"]["dependencies"]]
    assert "torch" not in names and all("torch" not in n for n in conda_pip_pins())
