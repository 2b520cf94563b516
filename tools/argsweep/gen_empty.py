#!/usr/bin/env python3
"""Third sweep: the methods of empty (and a few special) instances, with gen.py's argument patterns."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
import gen_calls as gen  # noqa: E402

OUT = os.path.join(os.environ.get("ARGSWEEP_DIR", "/tmp/argsweep"), "cases3")
os.makedirs(OUT, exist_ok=True)
EMPTY = {"str": "''", "bytes": "b''", "bytearray": "bytearray()", "list": "[]", "tuple": "()", "dict": "{}",
         "set": "set()", "frozenset": "frozenset()", "range": "range(0)", "rangeneg": "range(5, 0, -2)",
         "int0": "0", "intneg": "(-7)", "intbig": "(10**30)", "float_nan": "float('nan')", "float_inf": "float('inf')",
         "float_neg": "(-0.0)", "complex0": "0j", "slice_none": "slice(None)", "slice_neg": "slice(-1, None, -1)",
         "dictkeys0": "{}.keys()", "dictitems0": "{}.items()", "str_uni": "'\\u00e9\\U0001f600x'",
         "memoryview": "memoryview(b'abc')", "property": "property()", "iterator": "iter([])",
         "zip": "zip()", "enumerate": "enumerate('')", "reversed": "reversed([])", "map": "map(len, [])"}
total = 0
for tname, inst in EMPTY.items():
    tp = eval(inst).__class__
    calls = []
    for m in gen.method_names(tp):
        if m in gen.NO_VALUE or m in ("__repr__", "__str__", "__reduce__", "__reduce_ex__", "__format__",
                                      "__setstate__"):
            continue
        calls += gen.calls_for(f"({inst}).{m}", m, getattr(tp, m), drop_self=True)
    total += gen.write_to(OUT, "empty_" + tname, calls)
print("calls:", total)
