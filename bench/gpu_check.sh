#!/usr/bin/env bash
# bench/gpu_check.sh — the final project on a GPU machine: the reference recipe's training time and
# accuracy, and the solution graded by `coursekit grade` with one worker per GPU and with two
# workers sharing one GPU (--share-gpus), on the Keras backend that machine has.
#
# The device machine has PyTorch, JAX and CUDA but no TensorFlow (too large to carry), and no
# network. So this runs Keras 3 on the JAX backend, with only the wheels its image lacks carried
# over, MiniLM in float16 (half the bytes; KerasHub casts it back to float32 when it loads it) and
# the Financial PhraseBank for the held-out scoring.
#
#   1. Here, once (needs the package registries):   bash bench/gpu_check.sh prepare
#      fills .gpu/ (ignored through .git/info/exclude, never committed): 56 MiB, which with the
#      checkout stays under the device tool's 64 MiB.
#   2. On the device machine, through the device tool:
#        run(command="bash bench/gpu_check.sh run", carry=[".gpu"], timeout_s=570)
#      prints versions, the training table, the grading table; copies the graded batches to $OUT.
#      GPU_CHECK_PARTS picks the parts (default "one two training": grading one copy with one worker,
#      two copies with two workers sharing the GPU, the reference recipe's seeds), GPU_CHECK_BUDGET_S
#      the seconds they share (default 520). Measured on the H200 (stop 38): the seeds take about 35 s
#      each, but grading the solution did not end within 250 s, so one 15-minute session has room for
#      GPU_CHECK_PARTS=one alone, with GPU_CHECK_BUDGET_S=540. A grading that its part's time limit cuts
#      off is still measured: the summary gives the cell it was in and its slowest cells so far (batch.log).
#      The part "shapes" (not in the default) first times a new input shape's compilation of MiniLM's
#      steps on the GPU (bench/shape_compiles.py, under a minute): GPU_CHECK_PARTS="shapes one".
#
#   bash bench/gpu_check.sh run --quick    a dry run of step 2 on a CPU machine (any venv with JAX):
#      the notebook's quick training switch (COURSEKIT_TRAINING=quick), one training seed.
#   3. On the device machine too, if time is left (it has 16 CPUs, this one 2):
#        run(command="bash bench/gpu_check.sh scaling", carry=[".gpu"])
#      hw01's example submissions graded by 1, 2, 4 and 8 workers on the CPUs alone (SCALING_COUNT,
#      SCALING_JOBS); `scaling --quick` is its dry run here.
#
# Python on the device image is 3.12 (KINDS.md); DEVICE_PYTHON=3.x prepares for another one.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CARRY="$ROOT/.gpu"
DEVICE_PYTHON=${DEVICE_PYTHON:-3.12}
ASSIGNMENT=hw13_final_project
# What the device image lacks of the final project's kernel and of the grader (their versions are
# this checkout's .venv's). Everything else the notebooks import is in the image already (numpy,
# jax, transformers, tokenizers, safetensors, pyarrow, pandas, scikit-learn, matplotlib, pyyaml, tqdm).
# Left out, as the kernel runs without them: debugpy (no debugger), jedi and parso (no tab completion).
WHEELS=(keras keras-hub namex optree datasets evaluate dill multiprocess
        nbclient nbformat fastjsonschema jsonschema jsonschema-specifications referencing rpds-py
        jupyter-core jupyter-client traitlets ipykernel comm ipython ipython-pygments-lexers
        matplotlib-inline pexpect ptyprocess prompt-toolkit wcwidth stack-data executing asttokens
        pure-eval nest-asyncio2 pyzmq tornado platformdirs)

prepare() {
  local python="$ROOT/.venv/bin/python"
  [[ -x $python ]] || { echo "gpu_check prepare: no $python; run .ci/setup-env first" >&2; exit 2; }
  grep -qx '/.gpu/' "$ROOT/.git/info/exclude" 2>/dev/null \
    || echo '/.gpu/' >>"$(git -C "$ROOT" rev-parse --git-common-dir)/info/exclude"
  rm -rf "$CARRY" && mkdir -p "$CARRY/wheels"
  local pins=()
  for name in "${WHEELS[@]}"; do
    pins+=("$name==$("$python" -c 'import sys, importlib.metadata as m; print(m.version(sys.argv[1]))' "$name")")
  done
  echo "gpu_check prepare: ${#pins[@]} wheels for Python $DEVICE_PYTHON" >&2
  "$python" -m pip download -q --no-deps --only-binary=:all: --python-version "$DEVICE_PYTHON" \
    --implementation cp --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 \
    --platform manylinux2014_x86_64 -d "$CARRY/wheels" "${pins[@]}"
  "$python" - "$CARRY/minilm-l6" <<'EOF'
import shutil, sys
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file, save_file

from coursekit.course.models import resolve_model

source, target = Path(resolve_model("minilm-l6")), Path(sys.argv[1])
shutil.copytree(source, target, ignore=shutil.ignore_patterns("model.safetensors", "*.onnx", "onnx", "openvino"))
weights = load_file(str(source / "model.safetensors"))
save_file({k: v.astype(np.float16) if v.dtype == np.float32 else v for k, v in weights.items()},
          str(target / "model.safetensors"), metadata={"format": "pt"})
EOF
  # All four agreement files (1.9 MB): the grader scores on AllAgree's held-out split, and the data it
  # hands each kernel (coursekit.kernel.data) is built from the other levels too.
  local fpb=$ROOT/../shared/data/FinancialPhraseBank-v1.0
  mkdir -p "$CARRY/FinancialPhraseBank-v1.0"
  cp "$fpb"/{License.txt,README.txt} "$fpb"/Sentences_*.txt "$CARRY/FinancialPhraseBank-v1.0/"
  # The sandboxed kernel reads the model as an unprivileged user.
  chmod -R u+w,a+rX "$CARRY"
  du -sh "$CARRY" "$CARRY"/* >&2
}

install_on_device() {
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir "$CARRY"/wheels/*.whl
  # coursekit itself into the image's environment: the sandboxed kernel sees only the
  # interpreter's own folders (python -I, everything else hidden), so not a PYTHONPATH.
  python3 -m pip install -q --no-index --no-deps --no-build-isolation --no-cache-dir "$ROOT"
  local models
  models="$(python3 -c 'import sys; print(sys.prefix)')/share/coursekit-models"
  mkdir -p "$models" && rm -rf "$models/minilm-l6" && cp -r "$CARRY/minilm-l6" "$models/"
  chmod -R a+rX "$models"
  export COURSEKIT_MODEL_CACHE=$models
}

run() {
  local quick=${1:-}
  local out=${OUT:-$ROOT/out/gpu_check}
  mkdir -p "$out"
  [[ -d $CARRY/wheels ]] || { echo "gpu_check run: no $CARRY; run 'bash bench/gpu_check.sh prepare' here and carry .gpu" >&2; exit 2; }
  if [[ $quick == --quick ]]; then
    # A CPU dry run in this checkout's venv: nothing to install.
    PATH="$ROOT/.venv/bin:$PATH"
  else
    install_on_device
    # A kernel that cannot reach the GPU from inside its sandbox fails at once, in its kernel.log,
    # instead of training on the CPU past the call's end (coursekit.kernel.notebook keeps this variable).
    export JAX_PLATFORMS=cuda
  fi
  export KERAS_BACKEND=jax COURSEKIT_PHRASEBANK_DIR=$CARRY/FinancialPhraseBank-v1.0 PYTHONUNBUFFERED=1
  python3 - <<'EOF'
import platform, jax, keras, keras_hub, transformers
print(f"python {platform.python_version()}, keras {keras.__version__} ({keras.backend.backend()}), "
      f"keras-hub {keras_hub.__version__}, transformers {transformers.__version__}, jax {jax.__version__}")
print("devices:", ", ".join(str(d) for d in jax.devices()))
EOF
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null || echo "no nvidia-smi"

  # Everything below fits one device call (README: 10 minutes a command): grading one submission gets
  # at most half of GPU_CHECK_BUDGET_S when two copies are graded after it, grading two what is left,
  # and the training bench, last, the rest.
  local deadline=$(( $(date +%s) + ${GPU_CHECK_BUDGET_S:-520} )) parts=" ${GPU_CHECK_PARTS:-one two training} "
  local work
  work=$(mktemp -d)
  local bundle=$ROOT/autograder/$ASSIGNMENT seeds=3
  if [[ $quick == --quick ]]; then
    seeds=1
    bundle=$work/bundle && cp -r "$ROOT/autograder/$ASSIGNMENT" "$bundle"
    python3 - "$bundle/assignment.json" <<'EOF'
import json, sys
path = sys.argv[1]
data = json.load(open(path))
data["grading"]["env"]["COURSEKIT_TRAINING"] = "quick"
json.dump(data, open(path, "w"), indent=1)
EOF
  fi

  if [[ $parts == *" shapes "* ]]; then
    # What each new input shape costs a compiled MiniLM step on this GPU: the clue to where grading's time goes.
    echo "== a new input shape's compilation (bench/shape_compiles.py, JAX)"
    timeout $(( deadline - $(date +%s) - 20 )) python3 "$ROOT/bench/shape_compiles.py" --backends jax \
      --json "$out/shapes.json" || echo "gpu_check: shape_compiles stopped (exit $?)"
  fi
  mkdir -p "$work/one" "$work/two"
  cp "$ROOT/solutions/$ASSIGNMENT/$ASSIGNMENT.ipynb" "$work/one/HW13_gpu01.ipynb"
  cp "$ROOT/solutions/$ASSIGNMENT/$ASSIGNMENT.ipynb" "$work/two/HW13_gpu01.ipynb"
  cp "$ROOT/solutions/$ASSIGNMENT/$ASSIGNMENT.ipynb" "$work/two/HW13_gpu02.ipynb"
  local gpus
  gpus=$(nvidia-smi -L 2>/dev/null | grep -c '^GPU ' || true)
  if [[ $parts == *" one "* ]]; then
    echo "== grading the solution: one worker per GPU (${gpus:-0} GPUs)"
    local share_of_time=1
    if [[ $parts == *" two "* ]]; then share_of_time=2; fi
    timed "$out/one.seconds" timeout $(( (deadline - $(date +%s) - 20) / share_of_time )) \
      python3 -m coursekit.cli grade "$work/one" -a "$bundle" -o "$work/graded-one" --jobs "$(( gpus > 0 ? gpus : 1 ))" -q
    explain_failures "$work/graded-one"
  fi
  if [[ $parts == *" two "* ]]; then
    echo "== grading two copies: two workers sharing one GPU (--share-gpus)"
    local share=()
    if (( gpus > 0 )); then
      local total
      total=$(nvidia-smi --query-gpu=memory.total --format=csv,noheader,nounits | sort -n | head -1)
      share=(--share-gpus --gpu-memory-mb $(( total * 2 / 5 )))
    fi
    timed "$out/two.seconds" timeout $(( deadline - $(date +%s) - 20 )) \
      python3 -m coursekit.cli grade "$work/two" -a "$bundle" -o "$work/graded-two" --jobs 2 "${share[@]}" -q
    explain_failures "$work/graded-two"
  fi
  # Back to this machine even if the training below outlasts the device call.
  mkdir -p "$work/graded-one" "$work/graded-two"
  tar -czf "$out/graded.tar.gz" -C "$work" graded-one graded-two

  # The training bench gets what is left of the budget: each seed's row reaches training.log as it ends.
  local left=$(( deadline - $(date +%s) ))
  if [[ $parts == *" training "* ]] && (( left > 60 )); then
    echo "== the reference recipe, $seeds seeds (bench/finetune_phrasebank.py), at most ${left} s"
    timeout "$left" python3 "$ROOT/bench/finetune_phrasebank.py" --seeds "$seeds" --parts seeds ${quick:+--epochs 1} \
      --json >"$out/training.json" 2> >(tee "$out/training.log" >&2) || echo "gpu_check: the training bench stopped (exit $?)"
  fi
  python3 "$ROOT/bench/gpu_summary.py" "$work/graded-one" "$out/one.seconds" "$work/graded-two" "$out/two.seconds" \
    "$out/training.json" | tee "$out/summary.txt"
}

explain_failures() {  # explain_failures GRADED: for each submission not graded, the ends of its logs and the workers'
  local graded=$1 folder failed=0
  for folder in "$graded"/*/; do
    grep -q '"status": "graded"' "$folder/results.json" 2>/dev/null && continue
    failed=1
    echo "-- $(basename "$folder") was not graded; grading.log and kernel.log end:"
    tail -n 15 "$folder/grading.log" "$folder/kernel.log" 2>/dev/null || true
  done
  if (( failed )); then
    echo "-- grading workers' logs end:"
    tail -n 8 "$graded"/.workers/*.log 2>/dev/null || true
  fi
}

scaling() {  # hw01's example submissions graded by 1, 2, 4 and 8 workers, on the CPUs alone
  local quick=${1:-}
  local out=${OUT:-$ROOT/out/gpu_check}
  mkdir -p "$out"
  if [[ $quick == --quick ]]; then
    PATH="$ROOT/.venv/bin:$PATH"
  elif ! python3 -c 'import coursekit, keras' 2>/dev/null; then  # a warm machine keeps the last run's install
    [[ -d $CARRY/wheels ]] || { echo "gpu_check scaling: no $CARRY; run 'bash bench/gpu_check.sh prepare' here and carry .gpu" >&2; exit 2; }
    install_on_device
  fi
  # No GPU: hw01 is CPU work, and CUDA_VISIBLE_DEVICES=-1 gives every worker the CPUs only (coursekit.kernel.gpus).
  export KERAS_BACKEND=jax JAX_PLATFORMS=cpu CUDA_VISIBLE_DEVICES=-1 PYTHONUNBUFFERED=1
  # The fixtures bench/class_grading.py cycles through, and for its reasons without infinite_loop and tampering.
  local work fixtures=() i jobs
  work=$(mktemp -d)
  mkdir "$work/subs"
  for i in "$ROOT"/tests/fixtures/hw01_attention/*.ipynb; do
    [[ $i == */infinite_loop.ipynb || $i == */tampering.ipynb ]] || fixtures+=("$i")
  done
  for (( i = 1; i <= ${SCALING_COUNT:-16}; i++ )); do
    cp "${fixtures[(i - 1) % ${#fixtures[@]}]}" "$work/subs/HW01_student$(printf %02d "$i").ipynb"
  done
  echo "hw01_attention, ${SCALING_COUNT:-16} submissions, $(nproc) CPUs, Keras on JAX (CPU)" | tee "$out/scaling.txt"
  echo "| workers | wall s | submissions per minute | graded |" | tee -a "$out/scaling.txt"
  echo "|---|---|---|---|" | tee -a "$out/scaling.txt"
  for jobs in ${SCALING_JOBS:-1 2 4 8}; do
    timed "$work/seconds" python3 -m coursekit.cli grade "$work/subs" -a "$ROOT/autograder/hw01_attention" \
      -o "$work/out$jobs" --jobs "$jobs" -q >/dev/null
    python3 "$ROOT/bench/gpu_summary.py" --scaling "$work/out$jobs" "$(cat "$work/seconds")" "$jobs" \
      | tee -a "$out/scaling.txt"
  done
}

timed() {  # timed FILE COMMAND...: runs COMMAND, writes its wall seconds to FILE
  local file=$1 start
  shift
  start=$(date +%s.%N)
  "$@" || echo "gpu_check: '$*' exited $?"
  python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$start" "$(date +%s.%N)" >"$file"
}

case ${1:-} in
  prepare) prepare ;;
  run) run "${2:-}" ;;
  scaling) scaling "${2:-}" ;;
  *) echo "usage: bash bench/gpu_check.sh prepare | run [--quick] | scaling [--quick]" >&2; exit 2 ;;
esac
