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
#
#   bash bench/gpu_check.sh run --quick    a dry run of step 2 on a CPU machine (any venv with JAX):
#      the notebook's quick training switch (COURSEKIT_TRAINING=quick), one training seed.
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
  # The grader scores on the AllAgree file's held-out split; the other agreement levels stay behind.
  local fpb=$ROOT/../shared/data/FinancialPhraseBank-v1.0
  mkdir -p "$CARRY/FinancialPhraseBank-v1.0"
  cp "$fpb"/{License.txt,README.txt,Sentences_AllAgree.txt} "$CARRY/FinancialPhraseBank-v1.0/"
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
  fi
  export KERAS_BACKEND=jax COURSEKIT_PHRASEBANK_DIR=$CARRY/FinancialPhraseBank-v1.0 PYTHONUNBUFFERED=1
  python3 - <<'EOF'
import platform, jax, keras, keras_hub, transformers
print(f"python {platform.python_version()}, keras {keras.__version__} ({keras.backend.backend()}), "
      f"keras-hub {keras_hub.__version__}, transformers {transformers.__version__}, jax {jax.__version__}")
print("devices:", ", ".join(str(d) for d in jax.devices()))
EOF
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null || echo "no nvidia-smi"

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

  echo "== the reference recipe, $seeds seeds (bench/finetune_phrasebank.py)"
  python3 "$ROOT/bench/finetune_phrasebank.py" --seeds "$seeds" --parts seeds ${quick:+--epochs 1} --json \
    >"$out/training.json" || echo "gpu_check: the training bench failed (above)"

  mkdir -p "$work/one" "$work/two"
  cp "$ROOT/solutions/$ASSIGNMENT/$ASSIGNMENT.ipynb" "$work/one/HW13_gpu01.ipynb"
  cp "$ROOT/solutions/$ASSIGNMENT/$ASSIGNMENT.ipynb" "$work/two/HW13_gpu01.ipynb"
  cp "$ROOT/solutions/$ASSIGNMENT/$ASSIGNMENT.ipynb" "$work/two/HW13_gpu02.ipynb"
  local gpus
  gpus=$(nvidia-smi -L 2>/dev/null | grep -c '^GPU ' || true)
  echo "== grading the solution: one worker per GPU (${gpus:-0} GPUs)"
  timed "$out/one.seconds" python3 -m coursekit.cli grade "$work/one" -a "$bundle" -o "$work/graded-one" \
    --jobs "$(( gpus > 0 ? gpus : 1 ))" -q
  echo "== grading two copies: two workers sharing one GPU (--share-gpus)"
  local share=()
  if (( gpus > 0 )); then
    local total
    total=$(nvidia-smi --query-gpu=memory.total --format=csv,noheader,nounits | sort -n | head -1)
    share=(--share-gpus --gpu-memory-mb $(( total * 2 / 5 )))
  fi
  timed "$out/two.seconds" python3 -m coursekit.cli grade "$work/two" -a "$bundle" -o "$work/graded-two" \
    --jobs 2 "${share[@]}" -q
  python3 "$ROOT/bench/gpu_summary.py" "$work/graded-one" "$out/one.seconds" "$work/graded-two" "$out/two.seconds" \
    "$out/training.json" | tee "$out/summary.txt"
  tar -czf "$out/graded.tar.gz" -C "$work" graded-one graded-two
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
  *) echo "usage: bash bench/gpu_check.sh prepare | run [--quick]" >&2; exit 2 ;;
esac
