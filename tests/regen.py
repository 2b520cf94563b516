#!/usr/bin/env python3
"""Regenerate the golden ``.expected`` files of Krait's test corpus from CPython 3.11.

Usage (from anywhere; programs always run with the repository root as cwd):

    python3 tests/regen.py                      # everything: tests/python/** and examples/**
    python3 tests/regen.py lexer errors         # areas, i.e. directories under tests/python/
    python3 tests/regen.py tests/python/int/bitops.py examples/bench
                                                # individual programs or directories
    python3 tests/regen.py --check              # compare only, write nothing; exit 1 on drift

For every program ``P.py`` the "result text" is computed by running
``python3 P.py`` (path relative to the repo root, stdin from ``P.stdin`` if it
exists, else empty; env PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8):

    text = stdout
    if exit_status != 0:
        if text and not text.endswith("\\n"): text += "\\n"
        text += f"[exit {exit_status}] {last non-blank line of stderr}\\n"

and stored in ``P.expected`` (UTF-8, no newline translation).  Each program is
run a second time with PYTHONHASHSEED=1; if the two result texts differ (the
test depends on str-hash order or object addresses) the program is reported,
its old ``.expected`` is left alone, and the script exits non-zero.  Krait's
JUnit golden runner computes the same result text from the same files.
"""

import concurrent.futures
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join("tests", "python")
DEFAULT_DIRS = [CORPUS, "examples"]
TIMEOUT = 120  # seconds per run; the benchmarks take a few seconds under CPython


def result_text(relpath, seed):
    """Run one program under CPython and return its result text."""
    stdin_path = os.path.join(ROOT, relpath[:-3] + ".stdin")
    stdin_data = b""
    if os.path.exists(stdin_path):
        with open(stdin_path, "rb") as f:
            stdin_data = f.read()
    env = dict(os.environ)
    for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS", "PYTHONOPTIMIZE",
                "PYTHONDONTWRITEBYTECODE", "PYTHONINSPECT", "PYTHONUNBUFFERED"):
        env.pop(var, None)
    env["PYTHONHASHSEED"] = str(seed)
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run([sys.executable, relpath], cwd=ROOT, input=stdin_data,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=env, timeout=TIMEOUT)
    text = proc.stdout.decode("utf-8", errors="replace")
    if proc.returncode != 0:
        if text and not text.endswith("\n"):
            text += "\n"
        lines = [l for l in proc.stderr.decode("utf-8", errors="replace").splitlines()
                 if l.strip()]
        last = lines[-1] if lines else ""
        text += f"[exit {proc.returncode}] {last}\n"
    return text


def collect(args):
    """Turn command-line arguments into a sorted list of program paths relative to ROOT."""
    targets = args or DEFAULT_DIRS
    found = set()
    for arg in targets:
        candidates = [arg, os.path.join(CORPUS, arg)]
        for cand in candidates:
            full = cand if os.path.isabs(cand) else os.path.join(ROOT, cand)
            if not os.path.exists(full):
                full = os.path.abspath(cand)  # allow paths relative to the caller's cwd
            if os.path.isfile(full) and full.endswith(".py"):
                found.add(os.path.relpath(full, ROOT))
                break
            if os.path.isdir(full):
                for dirpath, dirnames, filenames in os.walk(full):
                    dirnames[:] = [d for d in dirnames if not d.startswith((".", "__"))]
                    for name in filenames:
                        if name.endswith(".py"):
                            found.add(os.path.relpath(os.path.join(dirpath, name), ROOT))
                break
        else:
            sys.exit(f"regen: no such program, directory or area: {arg}")
    return sorted(p.replace(os.sep, "/") for p in found)


def process(relpath, check):
    """Returns (status, relpath, detail); status in updated/unchanged/unstable/error/drift."""
    try:
        first = result_text(relpath, 0)
        second = result_text(relpath, 1)
    except subprocess.TimeoutExpired:
        return "error", relpath, f"timed out after {TIMEOUT}s"
    if first != second:
        return "unstable", relpath, "output differs between PYTHONHASHSEED=0 and 1"
    if ROOT in first:
        # A traceback printed to stdout names the script by its absolute path: CI runs in another directory.
        return "error", relpath, "output contains the checkout's path " + ROOT
    exp_path = os.path.join(ROOT, relpath[:-3] + ".expected")
    old = None
    if os.path.exists(exp_path):
        with open(exp_path, encoding="utf-8", newline="") as f:
            old = f.read()
    if old == first:
        return "unchanged", relpath, ""
    if check:
        return "drift", relpath, "missing .expected" if old is None else ".expected is out of date"
    with open(exp_path, "w", encoding="utf-8", newline="") as f:
        f.write(first)
    return "updated", relpath, "new" if old is None else "changed"


def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"regen: the oracle must be CPython 3.11, not {sys.version.split()[0]}")
    programs = collect(args)
    counts = {"updated": 0, "unchanged": 0, "unstable": 0, "error": 0, "drift": 0}
    jobs = max(1, min(8, os.cpu_count() or 1))
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for status, relpath, detail in pool.map(lambda p: process(p, check), programs):
            counts[status] += 1
            if status != "unchanged":
                print(f"  {status:9} {relpath}: {detail}")
    bad = counts["unstable"] + counts["error"] + counts["drift"]
    print(f"regen: {len(programs)} programs, {counts['updated']} updated, "
          f"{counts['unchanged']} unchanged, {counts['unstable']} unstable, "
          f"{counts['error']} errors" + (f", {counts['drift']} out of date" if check else ""))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
