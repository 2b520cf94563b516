# from __future__ imports: only at the top of a module (after the docstring), only known features, and no
# walrus, yield or await inside postponed annotations. Each case is compiled separately.
cases = [
    "x = 1\nfrom __future__ import annotations",
    "from __future__ import spam",
    "from __future__ import braces",
    "def f():\n    from __future__ import annotations",
    "from __future__ import (annotations,\n   nope)",
    "from __future__ import *",
    '"""doc"""\nfrom __future__ import annotations, division\nfrom __future__ import generator_stop as g\nx: int',
    "from __future__ import annotations\nx: (y := 1)",
    "from __future__ import annotations\ndef f(a: (yield)): pass",
    "from __future__ import annotations\nasync def f(a: (await x)): pass",
    "def f(a: (y := 1)) -> (yield): pass",
]
for source in cases:
    try:
        compile(source, "<case>", "exec")
        print("compiles:", source.splitlines()[-1])
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, offset {e.offset})")
