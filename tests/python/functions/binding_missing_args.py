# error messages for missing arguments
def one(a): pass
def two(a, b): pass
def three(a, b, c): pass
def kwonly(*, k): pass
def kwonly2(x, *, k, m): pass
def mixed(a, b=1, *, c, d=2): pass
cases = [lambda: one(), lambda: two(), lambda: two(1), lambda: three(), lambda: three(1),
         lambda: kwonly(), lambda: kwonly2(1), lambda: kwonly2(1, k=1), lambda: kwonly2(),
         lambda: mixed(), lambda: mixed(1), lambda: mixed(c=1)]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
