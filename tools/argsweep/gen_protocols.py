#!/usr/bin/env python3
"""Fifth sweep: protocol methods of a class returning wrong things, and the builtins skipped before."""
import os
import re
import sys
sys.path.insert(0, os.path.dirname(__file__))
import gen_calls as gen  # noqa: E402

OUT = os.path.join(os.environ.get("ARGSWEEP_DIR", "/tmp/argsweep"), "cases5")
os.makedirs(OUT, exist_ok=True)
RET = ["None", "1", "-1", "0", "'x'", "1.5", "2**63", "10**100", "True", "[]", "(1, 2)", "object()", "b'x'",
       "iter([])", "1j", "NotImplemented", "'\\udc80'"]
USES = {
    "__len__": ["len(o)", "bool(o)", "list(reversed(o))"],
    "__bool__": ["bool(o)", "not o", "1 if o else 0"],
    "__hash__": ["hash(o)", "{o: 1}", "{o}"],
    "__iter__": ["iter(o)", "list(o)", "[*o]", "tuple(o)", "sorted(o)", "sum(o)", "min(o)", "dict(o)",
                 "'x'.join(o)", "bytes(o)", "set(o)", "any(o)", "enumerate(o)", "zip(o)", "map(len, o)",
                 "list(filter(None, o))"],
    "__next__": ["next(o)", "next(o, 5)"],
    "__repr__": ["repr(o)", "str(o)", "ascii(o)", "f'{o!r}'", "'%r' % (o,)", "format(o)", "[o].__repr__()"],
    "__str__": ["str(o)", "f'{o}'", "'%s' % (o,)", "format(o)", "print(o)"],
    "__format__": ["format(o)", "format(o, 'x')", "f'{o:>3}'", "'{}'.format(o)"],
    "__index__": ["[1, 2][o]", "'ab'[o]", "range(o)", "bin(o)", "hex(o)", "oct(o)", "operator_index(o)",
                  "'x' * o", "[0] * o", "chr(o)", "bytes(o)", "int(o)", "round(1.5, o)", "slice(o).indices(5)",
                  "(5).to_bytes(o, 'big')", "'%d' % o", "'%x' % o", "'%c' % o", "'ab'.center(o)",
                  "list(range(10))[o:]", "pow(2, 3, o)", "float(o)", "complex(o)", "divmod(o, 1)"],
    "__int__": ["int(o)", "'%d' % o", "float(o)", "complex(o)"],
    "__float__": ["float(o)", "complex(o)", "'%f' % o", "round(o)", "int(o)"],
    "__complex__": ["complex(o)"],
    "__trunc__": ["int(o)"],
    "__round__": ["round(o)", "round(o, 1)"],
    "__abs__": ["abs(o)"],
    "__neg__": ["-o"],
    "__contains__": ["1 in o", "1 not in o"],
    "__getitem__": ["o[0]", "iter(o)"],
    "__lt__": ["o < 1", "sorted([o, o])", "min(o, o)", "max(o, o)", "[o] < [o]"],
    "__eq__": ["o == 1", "o != 1", "[o] == [o]", "[1].index(o)", "[1].count(o)", "o in [1]", "[1].remove(o)"],
    "__bytes__": ["bytes(o)"],
    "__reversed__": ["reversed(o)"],
    "__length_hint__": ["list(o)"],
    "__dir__": ["dir(o)"],
    "__getattr__": ["o.foo", "getattr(o, 'foo', 5)", "hasattr(o, 'foo')"],
    "__call__": ["o()", "callable(o)", "sorted([2, 1], key=o)", "list(map(o, [1]))"],
    "__set_name__": [],
    "__class_getitem__": [],
    "__enter__": [],
    "__fspath__": ["open(o)"],
    "__buffer__": [],
}
total = 0
for dunder, uses in USES.items():
    if not uses:
        continue
    calls = []
    prelude = ""
    for i, r in enumerate(RET):
        cls = f"C_{dunder.strip('_')}_{i}"
        extra = ""
        if dunder == "__next__":
            extra = "    def __iter__(self): return self\n"
        if dunder == "__length_hint__":
            extra = "    def __iter__(self): return self\n    def __next__(self): raise StopIteration\n"
        prelude += f"class {cls}:\n    def {dunder}(self, *a): return {r}\n{extra}"
        for u in uses:
            calls.append((u, cls))
    lines = []
    for u, cls in calls:
        # the templates name the object "o": replace it where it stands alone
        expr = re.sub(r"(?<![A-Za-z_'%])o(?![A-Za-z_'])", f"{cls}()", u)
        lines.append(f"{expr}")
    path = os.path.join(OUT, "proto_" + dunder.strip("_") + ".py")
    with open(path, "w") as f:
        f.write(gen.PRELUDE)
        f.write(prelude)
        for e in lines:
            f.write(f"_t({e!r}, lambda: {e})\n")
    total += len(lines)

# builtins skipped by the other sweeps, with safe argument patterns
calls = []
for v in ["None", "1", "'x'", "object()", "[]", "{}", "1.5"]:
    calls += [f"print(1, sep={v})", f"print(1, end={v})", f"print(1, file={v})", f"print(1, flush={v})",
              f"setattr(1, {v}, 1)", f"setattr(object(), 'x', {v})", f"delattr(1, {v})", f"delattr(object(), 'x')",
              f"exec('1', {v})", f"exec('1', {{}}, {v})", f"eval('1', {v})", f"eval('1', {{}}, {v})",
              f"eval({v})", f"compile({v}, 'f', 'exec')", f"compile('1', {v}, 'exec')", f"compile('1', 'f', {v})",
              f"compile('1', 'f', 'exec', {v})", f"vars({v})", f"dir({v}) and None", f"iter({v}, 1)",
              f"next({v})", f"super({v})", f"super(int, {v})", f"__import__({v})",
              f"open('/dev/null', {v})", f"open('/dev/null', 'r', {v})", f"open('/dev/null', encoding={v})",
              f"open('/dev/null', errors={v})", f"open('/dev/null', newline={v})", f"open('/dev/null', 'rb', encoding={v})",
              f"vars()[{v}]", f"globals()[{v}]", f"locals()[{v}]", f"id({v}) and None", f"hash({v}) and None",
              f"aiter({v})", f"anext({v})", f"type({v}, (), {{}})", f"type('X', {v}, {{}})", f"type('X', (), {v})",
              f"isinstance(1, ({v},))", f"issubclass(int, ({v},))", f"int('1', {v})", f"int({v}, 10)",
              f"round(1.5, {v})", f"sum([1], {v})", f"sum([{v}])", f"max([], default={v})", f"max([1], key={v})",
              f"sorted([2, 1], key={v})", f"sorted([2, 1], reverse={v})", f"min(1, 2, default={v})",
              f"zip([1], strict={v})", f"list(zip([1], [], strict=True))", f"enumerate([], {v})",
              f"range(1, 2, {v})", f"slice(1, 2, 3, {v})", f"pow(2, 3, {v})", f"divmod({v}, 0)",
              f"format(1, {v})", f"bytes(1, {v})", f"bytearray({v}, 'utf-8')", f"memoryview({v})",
              f"property(1, 2, 3, 4, {v})", f"classmethod({v}).__func__", f"staticmethod({v}).__func__",
              f"object.__new__({v})", f"object.__init__({v})", f"type.__call__({v})", f"int.__new__({v})",
              f"list.__new__({v})", f"dict.__new__({v})", f"str.__new__({v})", f"tuple.__new__({v})",
              f"list.__init__([], {v})", f"dict.__init__({{}}, {v})", f"set.__init__(set(), {v})",
              f"object.__getattribute__(1, {v})", f"object.__setattr__(1, {v}, 1)",
              f"object.__setattr__(object(), 'x', {v})", f"object.__delattr__(1, {v})",
              f"type.__getattribute__(int, {v})", f"type.__setattr__(int, 'x', {v})",
              f"type.__subclasses__({v})", f"type.mro({v})", f"int.__subclasscheck__({v})",
              f"int.__instancecheck__({v})", f"object.__format__(1, {v})", f"object.__reduce_ex__(1, {v}) and None",
              f"object.__subclasshook__({v})", f"object.__init_subclass__({v})", f"type({v}).__name__",
              f"str.join({v}, [])", f"str.format({v})", f"'{{}}'.format_map({v})", f"'{{a}}'.format_map({v})",
              f"'%s %s' % {v}", f"'%(a)s' % {v}", f"'{{0}}{{1}}'.format({v})", f"'{{:{{}}}}'.format(1, {v})",
              ]
    calls += [f"'{{0[{i}]}}'.format({v})" for i in (0, 'a')]
total += gen.write_to(OUT, "skipped_builtins", list(dict.fromkeys(calls)))
print("calls:", total)
