# type() picks the most derived metaclass of the bases (handing the call to one with its own __new__);
# class statements resolve __mro_entries__ and keep __orig_bases__; __set_name__ failures are wrapped.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e, repr(e.__cause__))


class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


t(lambda: type("C", (A, B), {}))
t(lambda: M1("C", (B,), {}))
t(lambda: type("X", (1,), {}))
t(lambda: type(type("X", (A,), {})))


class N(type):
    def __new__(m, *a, **k):
        print("N.__new__", m.__name__, a[0], k)
        return super().__new__(m, *a)


class NB(metaclass=N):
    pass


t(lambda: type(type("Y", (NB,), {})))


class MroE:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (int,)


class Empty:
    def __mro_entries__(self, bases):
        return ()


class BadEntries:
    def __mro_entries__(self, bases):
        return [int]


t(lambda: type("X", (MroE(),), {}))


class Y(MroE(), Empty()):
    pass


print(Y.__bases__, Y.__mro__, [type(b).__name__ for b in Y.__orig_bases__])
print("__orig_bases__" in Y.__dict__, "__orig_bases__" in A.__dict__)


def bad():
    class Z(BadEntries()):
        pass


t(bad)


class SN:
    def __set_name__(self, owner, name):
        raise ValueError("nope")


t(lambda: type("E", (), {"a": SN()}))


def in_class():
    class F:
        attr = SN()


t(in_class)
