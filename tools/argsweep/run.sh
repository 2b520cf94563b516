#!/bin/bash
# Generates every sweep, runs each program under CPython and Krait (one after the other, with timeouts) and
# compares them: see README.md. Usage: tools/argsweep/run.sh [sweep...]   (sweeps: 1 2 3 4 5, default all)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
export ARGSWEEP_DIR=${ARGSWEEP_DIR:-/tmp/argsweep}
JAR="$ROOT/target/krait.jar"
[ -f "$JAR" ] || { echo "build first: mvn -q -o package -DskipTests" >&2; exit 1; }
declare -A GEN=([1]=gen_calls [2]=gen_valid_base [3]=gen_empty [4]=gen_operators [5]=gen_protocols)
for n in "${@:-1 2 3 4 5}"; do
  for k in $n; do
    rm -rf "$ARGSWEEP_DIR/cases$k" "$ARGSWEEP_DIR/out$k"
    mkdir -p "$ARGSWEEP_DIR/out$k"
    python3 "$HERE/${GEN[$k]}.py"
    for f in "$ARGSWEEP_DIR/cases$k"/*.py; do
      b=$(basename "$f" .py)
      PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 timeout 60 python3 "$f" > "$ARGSWEEP_DIR/out$k/$b.py.out" 2>&1 < /dev/null \
        || echo "[exit $?]" >> "$ARGSWEEP_DIR/out$k/$b.py.out"
      timeout 120 java -jar "$JAR" "$f" > "$ARGSWEEP_DIR/out$k/$b.kr.out" 2>&1 < /dev/null \
        || echo "[exit $?]" >> "$ARGSWEEP_DIR/out$k/$b.kr.out"
    done
    python3 "$HERE/compare.py" "$ARGSWEEP_DIR/out$k"
  done
done
