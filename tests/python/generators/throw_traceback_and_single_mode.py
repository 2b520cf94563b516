# throw() checks its third argument is a traceback; compile(..., "single") takes several simple statements on
# one line, and echoes expression values through sys.displayhook to sys.stdout as the program sees them.
def g():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e))
        yield 2
gen = g(); next(gen)
try:
    gen.throw(ValueError, "foo", 23)
except TypeError as e:
    print(e)
print(gen.throw(ValueError, "bar", None))
try:
    raise KeyError("k")
except KeyError as k:
    tb = k.__traceback__
gen2 = g(); next(gen2)
print(gen2.throw(ValueError("v"), None, tb))
for src in ["x = 1; y = 2", "x = 1\ny = 2", "1; 2", "if 1:\n  pass\n", "x=1;\n"]:
    try:
        c = compile(src, "s", "single")
        exec(c)
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
import sys
class Cap:
    def __init__(self): self.out = []
    def write(self, s): self.out.append(s)
cap = Cap()
sys.stdout = cap
exec(compile("6 * 7", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("'a'; 'b'", "<s>", "single"))
sys.stdout = sys.__stdout__
print(cap.out)
shown = []
sys.displayhook = lambda v: shown.append(v)
exec(compile("[1, 2]", "<s>", "single"))
print(shown)
