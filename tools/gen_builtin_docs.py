#!/usr/bin/env python3
"""Regenerate src/main/resources/krait/docs/names.txt and members.txt: the docstrings of CPython 3.11's built-in
types, functions and methods, which Krait shows as their __doc__. Unqualified keys (types and built-in functions)
go to names.txt, which Krait reads when it first sets up a built-in type; qualified ones to members.txt, which it
reads only when a program asks for such a docstring.

Usage: python3 tools/gen_builtin_docs.py   (run with CPython 3.11)

Format: each entry is a line "@@ KEY" followed by the docstring's lines. KEY is a type's name ("int"), a
built-in function's ("len", "sys.exit" for another module's), or TYPE.NAME for a method or other callable
attribute of a built-in type ("int.bit_length", "int.__add__", "int.__new__").
"""

import builtins
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "src", "main", "resources", "krait", "docs")

# Types a program meets without importing anything, besides those named in builtins.
def _gen():
    yield 1


async def _coro():
    pass


EXTRA_TYPES = [type(None), type(...), type(NotImplemented), type(len), type([].append), type(int.__add__),
               type((1).__add__), type(str.join), type(lambda: 0), type(_gen()), type(print.__call__),
               type(iter([])), type(iter(())), type(iter("")), type(iter(range(1))), type({}.keys()),
               type({}.values()), type({}.items()), type(iter({})), type(reversed([])), type(iter(set())),
               type(sys), type(int.real), type(type.__dict__), type(_gen().gi_frame), type(_gen().gi_code),
               type(dict.__dict__["fromkeys"]), type(sys.implementation)]


def entries():
    seen = set()
    types = [v for v in vars(builtins).values() if isinstance(v, type)] + EXTRA_TYPES
    for t in types:
        if t.__name__ in seen:
            continue
        seen.add(t.__name__)
        if isinstance(t.__doc__, str):
            yield t.__name__, t.__doc__
        for name, v in vars(t).items():
            if name == "__doc__" or isinstance(v, (str, int, type(None))):
                continue
            doc = getattr(v, "__doc__", None)
            if isinstance(doc, str) and doc != getattr(type(v), "__doc__", None):
                yield t.__name__ + "." + name, doc
    for name, v in vars(builtins).items():
        if callable(v) and not isinstance(v, type) and isinstance(getattr(v, "__doc__", None), str):
            yield name, v.__doc__
    for name, v in vars(sys).items():
        if callable(v) and not isinstance(v, type) and isinstance(getattr(v, "__doc__", None), str):
            yield "sys." + name, v.__doc__


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "names.txt"), "w", encoding="utf-8", newline="\n") as names, \
            open(os.path.join(OUT_DIR, "members.txt"), "w", encoding="utf-8", newline="\n") as members:
        for key, doc in entries():
            assert not any(line.startswith("@@ ") for line in doc.split("\n")), key
            (members if "." in key else names).write("@@ " + key + "\n" + doc + "\n")


if __name__ == "__main__":
    main()
