#!/usr/bin/env python3
"""Fourth sweep: operators, subscripts and attribute access over pairs of built-in values."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
import gen_calls as gen  # noqa: E402

OUT = os.path.join(os.environ.get("ARGSWEEP_DIR", "/tmp/argsweep"), "cases4")
os.makedirs(OUT, exist_ok=True)
VALS = ["None", "0", "1", "-1", "1.5", "0.0", "10**100", "2**63", "'x'", "''", "b'x'", "bytearray(b'x')", "[]",
        "[1, 2]", "()", "(1, 2)", "{}", "{1: 2}", "set()", "{1}", "frozenset({1})", "1j", "range(3)", "object()",
        "True", "slice(1, 2)", "len", "int", "NotImplemented", "...", "{}.keys()", "{1: 2}.items()",
        "memoryview(b'ab')", "iter([])", "float('nan')", "float('inf')", "-2", "'%s'", "b'%s'"]
BIN = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<", "<=", ">", ">=", "==", "!=", "in",
       "not in", "is"]
BIG = {"10**100", "2**63"}
total = 0
for op in BIN:
    calls = []
    for a in VALS:
        for b in VALS:
            if op in ("**", "<<") and (a in BIG or b in BIG or b in ("1.5",)):
                continue
            calls.append(f"({a}) {op} ({b})")
    name = {"+": "add", "-": "sub", "*": "mul", "/": "truediv", "//": "floordiv", "%": "mod", "**": "pow",
            "<<": "lshift", ">>": "rshift", "&": "and", "|": "or", "^": "xor", "@": "matmul", "<": "lt",
            "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "!=": "ne", "in": "in", "not in": "notin",
            "is": "is"}[op]
    total += gen.write_to(OUT, "op_" + name, calls)
calls = []
for a in VALS:
    for u in ["-", "+", "~", "not "]:
        calls.append(f"{u}({a})")
    for f in ["abs", "len", "iter", "hash", "bool", "int", "float", "complex", "str", "repr", "list", "tuple",
              "reversed", "sorted", "sum", "min", "max", "next", "round", "divmod", "format", "ascii", "index"]:
        if f == "index":
            calls.append(f"[1, 2, 3][{a}]")
        elif f == "divmod":
            calls.append(f"divmod({a}, 0)")
        elif f in ("hash", "repr", "str", "ascii") and a in ("object()", "len", "int", "iter([])", "memoryview(b'ab')", "{}.keys()", "{1: 2}.items()", "NotImplemented"):
            continue
        else:
            calls.append(f"{f}({a})")
    for b in VALS:
        calls.append(f"({a})[{b}]")
    calls.append(f"({a}).foo")
    calls.append(f"({a}).__dict__")
    calls.append(f"setattr({a}, 'foo', 1)")
    calls.append(f"delattr({a}, 'foo')")
    calls.append(f"({a})()")
    calls.append(f"({a})(1, x=2)")
total += gen.write_to(OUT, "unary_items", calls)
# item assignment / deletion / augmented assignment, as statements inside functions
stmts = []
for a in VALS:
    for b in ["0", "-1", "5", "'x'", "None", "slice(None)", "slice(0, 1)", "1.5", "10**100", "(1,)", "[]"]:
        for v in ["1", "'x'", "[]", "None", "b'x'", "(1, 2, 3)", "300"]:
            stmts.append((f"x = {a}; x[{b}] = {v}", f"set_{a}_{b}_{v}"))
        stmts.append((f"x = {a}; del x[{b}]", f"del_{a}_{b}"))
    for op in ["+=", "-=", "*=", "|=", "&=", "@=", "**=", "%=", "/="]:
        for b in ["1", "'x'", "[1]", "None", "(1,)", "{1}", "{1: 2}", "b'x'"]:
            stmts.append((f"x = {a}; x {op} {b}; return x", f"aug"))
with open(os.path.join(OUT, "stmt_items.py"), "w") as f:
    f.write(gen.PRELUDE)
    for i, (s, _) in enumerate(stmts):
        f.write(f"def _f{i}():\n    " + s.replace("; ", "\n    ") + "\n")
        f.write(f"_t({s!r}, _f{i})\n")
total += len(stmts)
print("calls:", total)
