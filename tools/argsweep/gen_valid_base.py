#!/usr/bin/env python3
"""Second sweep: for each callable find argument tuples that work under CPython, then vary one argument at a
time over a wide pool of values, pass each by keyword, and add one too many. Output under $ARGSWEEP_DIR/cases2/."""
import builtins
import inspect
import itertools
import os
import sys
import io
import contextlib

sys.path.insert(0, os.path.dirname(__file__))
import gen_calls as gen  # noqa: E402

OUT = os.path.join(os.environ.get("ARGSWEEP_DIR", "/tmp/argsweep"), "cases2")
os.makedirs(OUT, exist_ok=True)

POOL = ["0", "1", "2", "-1", "'a'", "'abc'", "b'a'", "'utf-8'", "'big'", "[1]", "(1,)", "{'a': 1}", "None",
        "1.5", "range(3)", "len", "'%s'", "'{}'", "'a b'", "str", "int", "3"]
WIDE2 = gen.WIDE + ["-5", "100", "'utf-8'", "'strict'", "'ab\\x00'", "len", "int", "(1,)", "[None]", "{'a': 1}",
                    "iter([])", "-2**31-1", "2**64"]
SKIP = gen.SKIP_FUNCS | {"exec", "eval", "compile", "setattr", "delattr"}


def works(expr):
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            eval(expr, {})
        return True
    except BaseException:
        return False


def base_calls(prefix, name, maxpos):
    found = []
    top = 3 if maxpos is None else min(3, maxpos)
    for arity in range(0, top + 1):
        n = 0
        for combo in itertools.product(POOL, repeat=arity):
            if name in gen.POWLIKE and arity >= 2 and combo[1] in ("100",):
                continue
            call = f"{prefix}({', '.join(combo)})"
            if works(call):
                found.append(combo)
                n += 1
                if n >= 2:
                    break
    return found


def calls_for(prefix, name, obj, drop_self):
    info = gen.param_info(obj)
    maxpos, params = (info if info else (None, []))
    if drop_self and params and params[0][0] in ("self", "cls", "type"):
        params = params[1:]
        if maxpos is not None:
            maxpos -= 1
    positional = [p for p, k in params if k in (inspect.Parameter.POSITIONAL_ONLY,
                                                  inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    kinds = dict(params)
    out = []
    for combo in base_calls(prefix, name, maxpos):
        for i in range(len(combo)):
            for v in WIDE2:
                if name in gen.POWLIKE and v in gen.BIG | {"2**31", "-2**31-1", "2**64", "100"}:
                    continue
                args = list(combo)
                args[i] = v
                out.append(f"{prefix}({', '.join(args)})")
            # the same argument by keyword
            if i < len(positional):
                pname = positional[i]
                rest = list(combo[:i])
                kw = [f"{positional[j]}={combo[j]}" for j in range(i, len(combo)) if j < len(positional)]
                out.append(f"{prefix}({', '.join(rest + kw)})")
                out.append(f"{prefix}({', '.join(list(combo) + [pname + '=' + combo[i]])})")
        out.append(f"{prefix}({', '.join(list(combo) + ['0'])})")
        out.append(f"{prefix}({', '.join(list(combo) + ['x=0'])})")
        for pname, kind in params:
            if kind == inspect.Parameter.KEYWORD_ONLY:
                for v in ["None", "0", "'x'", "1.5", "len"]:
                    out.append(f"{prefix}({', '.join(list(combo) + [pname + '=' + v])})")
    return list(dict.fromkeys(out))


def main():
    total = 0
    for n in gen.BUILTIN_NAMES:
        if n in SKIP:
            continue
        total += gen.write_to(OUT, "builtin_" + n, calls_for(n, n, getattr(builtins, n), False))
    for tname, inst in list(gen.INSTANCES.items()) + list(gen.VIEWS.items()) + list(gen.EXCEPTIONS.items()):
        tp = eval(inst).__class__
        calls = []
        for m in gen.method_names(tp):
            if m in gen.NO_VALUE or m in ("__repr__", "__str__", "__reduce__", "__reduce_ex__", "__format__"):
                continue
            calls += calls_for(f"({inst}).{m}", m, getattr(tp, m), True)
        total += gen.write_to(OUT, "type_" + tname, calls)
    print("calls:", total)


main()
