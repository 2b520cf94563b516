#!/usr/bin/env python3
"""Compares the CPython (*.py.out) and Krait (*.kr.out) outputs of one sweep directory, call by call.

Usage: compare.py OUTDIR [EXAMPLES]
Prints the number of calls and of differences per program, writes every difference to OUTDIR/DIFF.txt and
OUTDIR/SUMMARY.txt: the differences grouped by callable, with EXAMPLES (default 2) of each.
"""
import collections
import os
import re
import sys


def results(path):
    """label -> ' -> result' or ' !! Error message', for each line a sweep program printed."""
    out = collections.OrderedDict()
    try:
        lines = open(path, errors="replace").read().splitlines()
    except FileNotFoundError:
        return out
    for line in lines:
        for sep in (" -> ", " !! "):
            i = line.find(sep)
            if i >= 0:
                out.setdefault(line[:i], line[i:])
                break
    return out


def main():
    d = sys.argv[1]
    examples = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    total = 0
    diffs = []
    for f in sorted(os.listdir(d)):
        if not f.endswith(".py.out"):
            continue
        program = f[:-len(".py.out")]
        cpython = results(os.path.join(d, f))
        krait = results(os.path.join(d, program + ".kr.out"))
        total += len(cpython)
        diffs += [(program, label, v, krait.get(label)) for label, v in cpython.items() if krait.get(label) != v]
    print(f"{d}: {total} calls, {len(diffs)} differences")
    for program, n in collections.Counter(p for p, *_ in diffs).most_common():
        print(f"  {n:6} {program}")
    groups = collections.OrderedDict()
    with open(os.path.join(d, "DIFF.txt"), "w") as out:
        for program, label, v, w in diffs:
            out.write(f"{label}\n   PY{v}\n   KR{w}\n")
            m = re.match(r"^(\(.*?\)\.\w+|[\w.]+)", label)
            groups.setdefault(m.group(1) if m else label, []).append((label, v, w))
    with open(os.path.join(d, "SUMMARY.txt"), "w") as out:
        for key, items in groups.items():
            out.write(f"== {key} [{len(items)}]\n")
            for label, v, w in items[:examples]:
                out.write(f"  {label[:150]}\n     PY{v[:200]}\n     KR{(w or ' (missing)')[:200]}\n")


main()
