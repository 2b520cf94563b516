# Exception contexts that already form a cycle (set by hand) do not hang a later raise or the traceback
# printer; a raise still breaks a cycle through the exception being raised.
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)
try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.__context__ is exc.__context__)
class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
class D(Exception): pass
class E(Exception): pass
try:
    try:
        raise A()
    except A as _a:
        a = _a
        try:
            raise B()
        except B as _b:
            b = _b
            try:
                raise C()
            except C as _c:
                c = _c
                try:
                    raise D()
                except D as _d:
                    d = _d
                    e = E()
                    raise e
except E as caught:
    print(caught.__context__ is d, d.__context__ is c, c.__context__ is b, b.__context__ is a, a.__context__)
x = ValueError("x"); y = KeyError("y")
x.__context__ = y; y.__context__ = x
try:
    try:
        raise x
    except ValueError:
        raise RuntimeError("outer")
except RuntimeError as r:
    print(repr(r.__context__), repr(r.__context__.__context__))
cycle()
