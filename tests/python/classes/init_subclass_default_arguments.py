# object.__init_subclass__ refuses keyword and positional arguments, named after the class it is called for.
def t(f):
    try:
        r = f()
        print(repr(r)[:90])
    except BaseException as e:
        print(type(e).__name__, str(e)[:150])
class A: pass
def mk():
    class B(A, x=1): pass
t(mk)
def mk2():
    class B(x=1): pass
t(mk2)
t(lambda: A.__init_subclass__(1))
t(lambda: A.__init_subclass__(x=1))
t(lambda: int.__init_subclass__())
t(lambda: type("Q", (A,), {}, y=2))
class P:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
def mk3():
    class B(P, z=1): pass
t(mk3)
