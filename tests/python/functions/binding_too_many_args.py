# error messages for too many positional arguments
def zero(): pass
def one(a): pass
def opt(a, b=1, c=2): pass
def kw(a, *, k=1): pass
def kw_req(a, *, k): pass
def only_opt(a=1): pass
cases = [lambda: zero(1), lambda: zero(1, 2), lambda: one(1, 2), lambda: opt(1, 2, 3, 4),
         lambda: kw(1, 2), lambda: kw(1, 2, k=3), lambda: kw_req(1, 2, k=3), lambda: only_opt(1, 2),
         lambda: kw_req(1, 2)]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
