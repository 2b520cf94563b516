#!/usr/bin/env python3
"""Generate argument-error sweep programs: one file per target group, under $ARGSWEEP_DIR/cases1/ (default /tmp/argsweep).

Each call is one line `_t(<label>, lambda: <call>)`; the helper prints the result (only if it is a
deterministic scalar/container) or the exception's type and message.
"""
import builtins
import inspect
import os
import sys

OUT = os.path.join(os.environ.get("ARGSWEEP_DIR", "/tmp/argsweep"), "cases1")
os.makedirs(OUT, exist_ok=True)

PRELUDE = r'''
def _clean(s):
    import_free = s
    i = import_free.find(' at 0x')
    while i >= 0:
        j = i + 6
        while j < len(import_free) and import_free[j] in '0123456789abcdefABCDEF':
            j += 1
        import_free = import_free[:i] + ' at ADDR' + import_free[j:]
        i = import_free.find(' at 0x')
    return import_free[:300].encode('utf-8', 'backslashreplace').decode('utf-8')

_SCALAR = (int, float, complex, str, bytes, bool, type(None))
def _show(r):
    t = type(r)
    if t in _SCALAR or t in (list, tuple, dict, bytearray, range, slice):
        try:
            return _clean(repr(r))
        except BaseException as e:
            return '<repr failed ' + type(e).__name__ + '>'
    if t in (set, frozenset):
        try:
            return t.__name__ + ' ' + _clean(repr(sorted(r, key=repr)))
        except BaseException as e:
            return '<' + t.__name__ + '>'
    return '<' + t.__name__ + '>'

def _t(label, f):
    try:
        r = f()
        print(label, '->', _show(r))
    except BaseException as e:
        try:
            msg = str(e)
        except BaseException:
            msg = '<str failed>'
        print(label, '!!', type(e).__name__, _clean(msg))
'''

# Values for one argument (wide) and for two/three arguments (narrow).
WIDE = ["None", "0", "1", "-1", "1.5", "10**100", "-10**100", "2**63", "'x'", "''", "'abc'", "b'x'", "[]", "{}",
        "()", "object()", "True", "float('nan')", "float('inf')", "[1, 2]", "(1, 2)", "{1: 2}", "set()",
        "range(3)", "1j", "bytearray(b'x')", "-2**63-1", "'\\udc80'", "b''"]
NARROW = ["None", "0", "-1", "1.5", "10**100", "2**63", "'x'", "b'x'", "[]", "object()", "'abc'"]
BIG = {"10**100", "-10**100", "2**63", "-2**63-1"}

# Calls that would hang, do I/O or depend on the environment.
SKIP_FUNCS = {"input", "open", "help", "breakpoint", "exit", "quit", "copyright", "credits", "license",
              "__import__", "__build_class__", "globals", "locals", "vars", "dir", "id", "hash", "print",
              "aiter", "anext"}
POWLIKE = {"round", "__round__", "pow", "__pow__", "__rpow__", "__lshift__", "__rlshift__", "__mul__", "__rmul__", "__imul__"}
NO_VALUE = {"__hash__", "__sizeof__", "__reduce__", "__reduce_ex__", "__dir__", "__subclasshook__",
            "__init_subclass__", "__format__", "__getstate__", "__class_getitem__"}

BUILTIN_NAMES = [n for n in dir(builtins)
                 if not n.startswith("_") and callable(getattr(builtins, n))
                 and not (isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
                 and n not in SKIP_FUNCS]

INSTANCES = {
    "int": "5", "float": "2.5", "complex": "(1+2j)", "str": "'abc'", "bytes": "b'abc'",
    "bytearray": "bytearray(b'abc')", "list": "[3, 1, 2]", "tuple": "(3, 1, 2)", "dict": "{'a': 1, 'b': 2}",
    "set": "{1, 2, 3}", "frozenset": "frozenset({1, 2, 3})", "range": "range(5)", "slice": "slice(1, 5, 2)",
    "bool": "True", "object": "object()",
}
VIEWS = {"dict_keys": "{'a': 1}.keys()", "dict_values": "{'a': 1}.values()", "dict_items": "{'a': 1}.items()"}
EXCEPTIONS = {"BaseException": "BaseException('m')", "ValueError": "ValueError('m')", "OSError": "OSError(2, 'm')",
              "KeyError": "KeyError('k')", "StopIteration": "StopIteration(1)",
              "UnicodeDecodeError": "UnicodeDecodeError('utf-8', b'x', 0, 1, 'bad')",
              "SyntaxError": "SyntaxError('m')", "SystemExit": "SystemExit(3)", "ImportError": "ImportError('m')",
              "NameError": "NameError('m')", "AttributeError": "AttributeError('m')"}


def param_info(obj):
    """(max positional, list of (name, kind)) or None when there is no signature."""
    try:
        sig = inspect.signature(obj)
    except (ValueError, TypeError):
        return None
    params = list(sig.parameters.values())
    maxpos = 0
    for p in params:
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            maxpos += 1
        elif p.kind == p.VAR_POSITIONAL:
            maxpos = None
            break
    return maxpos, [(p.name, p.kind) for p in params]


def calls_for(prefix, name, obj, drop_self=False):
    """Call texts for callable expression `prefix` (its name for skipping rules is `name`)."""
    out = []
    info = param_info(obj)
    params = []
    maxpos = 3
    if info is not None:
        maxpos, params = info
        if drop_self and params and params[0][0] in ("self", "cls", "type"):
            params = params[1:]
            if maxpos is not None:
                maxpos -= 1
    powlike = name in POWLIKE
    out.append(f"{prefix}()")
    for v in WIDE:
        if powlike and v in BIG:
            continue
        out.append(f"{prefix}({v})")
    for a in NARROW:
        for b in NARROW:
            if powlike and (a in BIG or b in BIG or a in ('-1',) and b in ('-1',)):
                continue
            out.append(f"{prefix}({a}, {b})")
    for i in range(3):
        for v in NARROW:
            if powlike and v in BIG:
                continue
            args = ["0"] * 3
            args[i] = v
            out.append(f"{prefix}({', '.join(args)})")
    n = (maxpos if maxpos is not None else 5) + 1
    out.append(f"{prefix}({', '.join(['0'] * n)})")
    out.append(f"{prefix}({', '.join(['None'] * (n + 1))})")
    out.append(f"{prefix}(bogus=1)")
    out.append(f"{prefix}(0, bogus=1)")
    out.append(f"{prefix}(**{{'a': 1, 'b': 2}})")
    for idx, (pname, kind) in enumerate(params):
        if kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD):
            continue
        out.append(f"{prefix}({pname}=0)")
        out.append(f"{prefix}({pname}=None)")
        if idx > 0 or kind != inspect.Parameter.KEYWORD_ONLY:
            pos = ", ".join(["0"] * (idx + 1))
            out.append(f"{prefix}({pos}, {pname}=0)")
    kw = ", ".join(f"{p}=0" for p, k in params
                   if k not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD))
    if kw:
        out.append(f"{prefix}({kw})")
    return out


def write(group, calls):
    return write_to(OUT, group, calls)


def write_to(out, group, calls):
    path = os.path.join(out, group + ".py")
    with open(path, "w") as f:
        f.write(PRELUDE)
        for c in calls:
            f.write(f"_t({c!r}, lambda: {c})\n")
    return len(calls)


def method_names(tp):
    names = []
    for n in sorted(dir(tp)):
        if n in ("__new__", "__init__", "__getattribute__", "__setattr__", "__delattr__", "__class__",
                 "__init_subclass__", "__subclasshook__", "__doc__", "__hash__"):
            continue
        attr = getattr(tp, n, None)
        if callable(attr) and not isinstance(attr, type):
            names.append(n)
    return names


def main():
    total = 0
    for n in BUILTIN_NAMES:
        total += write("builtin_" + n, calls_for(n, n, getattr(builtins, n)))
    for tname, inst in list(INSTANCES.items()) + list(VIEWS.items()) + list(EXCEPTIONS.items()):
        tp = eval(inst).__class__
        calls = []
        for m in method_names(tp):
            if m in NO_VALUE:
                continue
            if tname == "object" and m in ("__reduce__", "__reduce_ex__", "__repr__", "__str__", "__format__"):
                continue
            calls += calls_for(f"({inst}).{m}", m, getattr(tp, m), drop_self=True)
            if tname in INSTANCES or tname in EXCEPTIONS:
                # Unbound: no self, and self of the wrong type.
                calls.append(f"{tname}.{m}()")
                calls.append(f"{tname}.{m}(None)")
                calls.append(f"{tname}.{m}(1.5)" if tname != "float" else f"{tname}.{m}('x')")
        if tname in EXCEPTIONS:
            calls += calls_for(tname, tname, tp)
        total += write("type_" + tname, calls)
    print("calls:", total)


if __name__ == "__main__":
    main()
