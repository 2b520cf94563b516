# Walrus targets in comprehensions: banned in iterable expressions and against iteration variables (reported
# where CPython reports them), and bound as globals when the enclosing function declares them global.
cases = ["[i for i in (i := range(5))]", "[i for i in (2, 3, i := range(5))]", "[i for i in [2, 3, i := range(5)]]", "[i for i in (j := range(5))]",
 "[i for i in (lambda:(j := range(5)))()]", "[i for i in range(5) for j in (i := range(5))]", "[i for i in [j for j in (k := range(5))]]",
 "[i for i in [j for j in range(5) if (j := True)]]", "[i for i in [(j := True) for j in range(5)]]",
 "[i for i in range(5) if (j := 0) for j in range(5)]", "[i for i in range(5) if (j := 0) for j, k in [(0, 1)]]", "{i := 0 for i in range(5)}",
 "[[(j := j) for i in range(5)] for j in range(5)]", "[(x := 1) for x, *y in [[1,2]]]"]
for c in cases:
    for wrap in ["{}", "lambda: {}"]:
        try:
            compile(wrap.format(c), "<s>", "exec")
            print("ok", c)
        except SyntaxError as e:
            print(e.msg, e.lineno, e.offset, e.end_offset)
def f():
    global G
    r = [G := i for i in range(3)]
    return r
print(f(), G)
