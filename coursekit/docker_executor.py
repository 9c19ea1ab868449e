"""The grading container: what its image installs, and the `docker run` line for one submission.

One image (autograder/Dockerfile) grades every assignment. The executor runs, for each
submission, the very command a TA types on the host, `coursekit grade`, in a fresh container:

    docker run --rm --network none --read-only --tmpfs /tmp:... --user 0:0 --cap-drop ALL
        --cap-add CHOWN ... --security-opt no-new-privileges --security-opt apparmor=unconfined
        --security-opt systempaths=unconfined
        --memory M --memory-swap M --pids-limit N --cpus C [--gpus device=K]
        -v BUNDLE:/autograder/bundle:ro -v SUBMISSION:/submissions/NAME:ro -v OUT:/out
        IMAGE coursekit grade /submissions/NAME -a /autograder/bundle -o /out --jobs 1 [--limit ...]

Who runs as whom, and why (the trade-off)
=========================================
The student's code must not read the hidden tests (/autograder/bundle) nor the Financial
PhraseBank test split baked into the image. On the host, coursekit's sandbox guarantees that when
the grader is root: the kernel gets its own mount and network namespaces, every directory but the
system ones is hidden, and it runs as an unprivileged account of its own. A container whose only user is a non-root grader
cannot do that (no unshare, no setuid), so its kernel would run as the grader and read whatever
the grader reads. Hence the grader starts as root *inside* the container, with only the
capabilities the sandbox needs (SANDBOX_CAPABILITIES); the kernel drops to that account, which loses
every capability, cannot regain one (no-new-privileges, and the image has no set-user-ID
program), and finds the data folder (root's, mode 0700) both hidden and unreadable.

The price: the grader process holds CAP_SYS_ADMIN, AppArmor's docker-default profile is off
because it forbids the sandbox's mounts (seccomp stays on), and Docker's masks over parts of /proc
and /sys are off (`systempaths=unconfined`), because Linux refuses a fresh /proc, the one that
shows the kernel only its own PID namespace, while another /proc has masked entries. Student code never holds either; the
grader, which only exchanges plain data with the kernel, does. The container remains the outer
boundary: no network, a read-only root filesystem, memory, process and CPU caps. Run the engine
rootless (or with userns-remap) and the container's root is an unprivileged user on the host.

The image's requirements (`python -m coursekit.docker_executor requirements pyproject.toml`) are
pyproject.toml's pins with TensorFlow's GPU build, `tensorflow[and-cuda]`, for `tensorflow-cpu`,
so the image never drifts from the course environment. `bake-models CACHE NAMES` downloads
registered Hub models into the image's model cache (coursekit.models) at build time.

This module imports only the standard library at its top: the image build runs it before
anything else is installed.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from typing import Mapping

BUNDLE_MOUNT = "/autograder/bundle"
SUBMISSIONS_MOUNT = "/submissions"
OUT_MOUNT = "/out"
# What the sandbox does as root inside the container, each capability for one step of it:
# CHOWN hands the working folder to the kernel's account; DAC_OVERRIDE writes the output folder owned by the
# host's user and cleans up the files the kernel left; KILL interrupts and stops the kernel, a
# process of another user; SETGID and SETUID drop the kernel to its own account; SYS_ADMIN unshares
# the mount, PID, IPC, UTS and network namespaces, mounts the empty folders that hide the rest of the
# disk, the fresh /proc, /sys and /dev/shm, and the working folder's tmpfs with its quota.
SANDBOX_CAPABILITIES = ("CHOWN", "DAC_OVERRIDE", "KILL", "SETGID", "SETUID", "SYS_ADMIN")
# noexec: nothing the student writes into the working folder can be executed as a binary.
TMPFS_OPTIONS = "rw,nosuid,nodev,noexec"
CPU_TENSORFLOW = "tensorflow-cpu"
GPU_TENSORFLOW = "tensorflow[and-cuda]"
# A model folder needs its config, tokenizer files and TensorFlow-loadable weights; PyTorch-only
# weights (*.bin) and other exports would only bloat the image.
MODEL_FILES = ("*.json", "*.txt", "*.model", "tf_model.h5", "model.safetensors")

SIZE = re.compile(r"[0-9]+[bkmg]?", re.IGNORECASE)
GPU_INDICES = re.compile(r"[0-9]+(,[0-9]+)*")


def docker_command(
    submission: Path,
    bundle_dir: Path,
    out: Path,
    *,
    image: str,
    memory: str,
    pids: int,
    cpus: float,
    gpus: str | None = None,
    tmp_size: str = "2g",
    limits: Mapping[str, float] | None = None,
    docker: str = "docker",
) -> list[str]:
    """The `docker run` line that grades `submission` against `bundle_dir` into `out`.

    `memory` caps the container without swap ("8g", "512m"); `pids` caps its processes and
    threads; `cpus` its CPUs; `gpus` is None (no GPU), "all", or indices ("0", "0,1"). `limits`
    overrides the assignment's limits, by `coursekit grade` option name ({"cell_timeout": 30}).
    The results land in out/<student>/results.json, as with any other executor.
    """
    submission, bundle_dir, out = (Path(p).resolve() for p in (submission, bundle_dir, out))
    _check_inputs(submission, bundle_dir, out)
    _check_limits(memory=memory, pids=pids, cpus=cpus, tmp_size=tmp_size)
    inside = f"{SUBMISSIONS_MOUNT}/{submission.name}"
    return [
        docker, "run", "--rm",
        "--network", "none",
        "--read-only",
        "--tmpfs", f"/tmp:{TMPFS_OPTIONS},size={tmp_size}",
        "--user", "0:0",
        "--cap-drop", "ALL",
        *[arg for capability in SANDBOX_CAPABILITIES for arg in ("--cap-add", capability)],
        "--security-opt", "no-new-privileges",
        "--security-opt", "apparmor=unconfined",
        "--security-opt", "systempaths=unconfined",
        "--memory", memory,
        "--memory-swap", memory,
        "--pids-limit", str(pids),
        "--cpus", f"{cpus:g}",
        *gpu_arguments(gpus),
        "-v", f"{bundle_dir}:{BUNDLE_MOUNT}:ro",
        "-v", f"{submission}:{inside}:ro",
        "-v", f"{out}:{OUT_MOUNT}",
        image,
        "coursekit", "grade", inside, "-a", BUNDLE_MOUNT, "-o", OUT_MOUNT, "--jobs", "1",
        *limit_arguments(limits or {}),
    ]


def _check_inputs(submission: Path, bundle_dir: Path, out: Path) -> None:
    # A missing source would not fail: Docker would create an empty folder, owned by root, in its place.
    if not submission.is_file():
        raise ValueError(f"no submission file at {submission}")
    if not (bundle_dir / "assignment.json").is_file():
        raise ValueError(f"{bundle_dir} is not an autograder bundle (it has no assignment.json)")
    if not out.is_dir():
        raise ValueError(f"the output folder {out} does not exist")
    for path in (submission, bundle_dir, out):
        if ":" in str(path):
            raise ValueError(f"docker -v cannot mount {path}: the path contains ':'")


def _check_limits(*, memory: str, pids: int, cpus: float, tmp_size: str) -> None:
    for name, size in (("memory", memory), ("tmp_size", tmp_size)):
        if not SIZE.fullmatch(size):
            raise ValueError(f"{name} must be a size such as '8g' or '512m', not {size!r}")
    if isinstance(pids, bool) or not isinstance(pids, int) or pids < 1:
        raise ValueError(f"pids must be a positive whole number, not {pids!r}")
    if not cpus > 0:
        raise ValueError(f"cpus must be positive, not {cpus!r}")


def gpu_arguments(gpus: str | None) -> list[str]:
    """Docker's --gpus for no GPU, every GPU, or the given indices."""
    if gpus is None:
        return []
    if gpus == "all":
        return ["--gpus", "all"]
    if not GPU_INDICES.fullmatch(gpus):
        raise ValueError(f"gpus must be 'all' or GPU indices such as '0' or '0,1', not {gpus!r}")
    # Docker reads --gpus as CSV: a list of devices must be quoted to stay one field.
    return ["--gpus", f"device={gpus}" if "," not in gpus else f'"device={gpus}"']


def limit_arguments(limits: Mapping[str, float]) -> list[str]:
    """`coursekit grade` options overriding the assignment's limits: {"cell_timeout": 30} -> --cell-timeout 30."""
    from .cli import LIMIT_OPTIONS

    unknown = sorted(set(limits) - set(LIMIT_OPTIONS))
    if unknown:
        raise ValueError(f"unknown limit(s) {', '.join(unknown)}; known: {', '.join(LIMIT_OPTIONS)}")
    return [arg for name in LIMIT_OPTIONS if name in limits
            for arg in (f"--{name.replace('_', '-')}", f"{limits[name]:g}")]


# --------------------------------------------------------------------------- the image's build


def _pyproject(path: Path) -> dict:
    return tomllib.loads(Path(path).read_text())


def image_requirements(pyproject: Path) -> list[str]:
    """pyproject.toml's pinned dependencies, with tensorflow[and-cuda] for tensorflow-cpu (same version)."""
    dependencies = _pyproject(pyproject)["project"]["dependencies"]
    cpu_pins = [d for d in dependencies if d.startswith(f"{CPU_TENSORFLOW}==")]
    if len(cpu_pins) != 1:
        raise ValueError(f"{pyproject}: expected one {CPU_TENSORFLOW}==VERSION pin, found {len(cpu_pins)}")
    version = cpu_pins[0].removeprefix(f"{CPU_TENSORFLOW}==")
    return [f"{GPU_TENSORFLOW}=={version}" if d == cpu_pins[0] else d for d in dependencies]


def no_deps_requirements(pyproject: Path) -> list[str]:
    """The packages installed with `pip install --no-deps` (their dependencies would pull in torch)."""
    return list(_pyproject(pyproject)["tool"]["coursekit"]["no-deps-requirements"])


def bake_models(names: list[str], cache: Path) -> list[Path]:
    """Downloads each registered model from the Hub into `cache`, where coursekit.models finds it.

    Raises ModelNotAllowedError, before downloading anything, for a model outside the registry.
    """
    from huggingface_hub import snapshot_download

    from .models import MODELS, canonical_name

    specs = [MODELS[canonical_name(name)] for name in names]
    folders = []
    for spec in specs:
        folder = Path(cache) / spec.name.replace("/", "--")
        snapshot_download(repo_id=spec.hub_id, local_dir=folder, allow_patterns=list(MODEL_FILES))
        if not (folder / "config.json").is_file():
            raise FileNotFoundError(f"{spec.hub_id} on the Hub has no config.json; nothing usable in {folder}")
        folders.append(folder)
    return folders


USAGE = """usage: python -m coursekit.docker_executor COMMAND ARGS
  requirements PYPROJECT           the image's pins, one a line (tensorflow[and-cuda] for tensorflow-cpu)
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
