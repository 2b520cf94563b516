# SyntaxWarnings from compile() and exec() go to sys.stderr; capture them to show them on stdout.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)


def warnings_of(source, mode="exec"):
    saved, sys.stderr = sys.stderr, Capture()
    try:
        compile(source, "<prog>", mode)
    except SyntaxError as e:
        sys.stderr.parts.append(f"SyntaxError: {e.msg}\n")
    finally:
        captured, sys.stderr = sys.stderr, saved
    return "".join(captured.parts)


CASES = [
    "x is 1",
    "x is not 'a'",
    "1 is x",
    "x is -1",
    "x is (1, 2)",
    "x is ()",
    "x is None or x is True or x is ... or x is False",
    "x is b'' and x is 1.5 and x is 2j",
    "not x is 1",
    "not x is not 1",
    "not (x is 1 is y)",
    "a < b is 3",
    "if x is 1:\n    pass",
    "while x is 1:\n    pass",
    "while True:\n    x is 1",
    "try:\n    pass\nfinally:\n    x is 2",
    "[(1, 2) (3, 4)]",
    "[[1, 2] [0]]",
    "['a' 'b']",
    "None()",
    "'abc'()",
    "f'{x}'()",
    "[x for x in y]()",
    "{1: 2}()",
    "(x for x in y)()",
    "x()",
    "{1, 2}[0]",
    "1[0]",
    "None[0]",
    "True[0]",
    "1.5[0]",
    "(lambda: 0)[0]",
    "(x for x in y)[0]",
    "[1, 2]['a']",
    "(1, 2)[1.5]",
    "'abc'[None]",
    "b'abc'['x']",
    "[1, 2][x]",
    "[1, 2][1]",
    "'abc'[1:2]",
    "[1][(1, 2)]",
    "{'a': 1}['a']",
    "f'{x}'['a']",
    "assert (x, 'message')",
    "assert ()",
    "assert (x)",
    "def f():\n    return x is 5\nclass C:\n    y = 'a' is x",
    "lambda: x is 7",
    "x = 1 +",
]
for src in CASES:
    shown = warnings_of(src).replace("\n", "\n    ").rstrip()
    print(f"{src!r}:\n    {shown or '(no warning)'}")

print(repr(warnings_of("x is 1", "eval")))
print(repr(warnings_of("y is 2", "single")))

sys.stderr, saved = None, sys.stderr
compile("x is 1", "<none>", "exec")
sys.stderr = saved
print("a None sys.stderr swallows warnings")

saved, sys.stderr = sys.stderr, Capture()
exec("v = 10\nresult = v is 10 and [v for v in ()]")
captured, sys.stderr = sys.stderr, saved
print(captured.parts, result)
