# Complex powers with infinite or nan parts: an infinite angle is a domain error (ZeroDivisionError, as in CPython), an infinite result an OverflowError.
inf = float("inf")
nan = float("nan")
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
for a in [1j, 2+3j, complex(inf, 0), complex(0, inf), complex(nan, 1), 0j, 1+0j, -1+0j, 0.5j]:
    for b in [inf, -inf, nan, complex(0, inf), complex(inf, 1), 2+3j, 0.5, -0.5, 1e300, -1e300, 200, -200, 101]:
        t(lambda: a ** b)
