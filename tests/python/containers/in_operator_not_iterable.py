# `in` falls back to iteration; any TypeError getting the iterator reads "argument of type ... is not iterable".
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e, repr(e.__context__))


class NoIter:
    __iter__ = None


class BadIter:
    def __iter__(self):
        return 1


class Raises:
    def __iter__(self):
        raise TypeError("mine")


class RaisesOther:
    def __iter__(self):
        raise ValueError("other")


class GetItem:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError


t(lambda: 1 in NoIter())
t(lambda: 1 in BadIter())
t(lambda: 1 in Raises())
t(lambda: 1 in RaisesOther())
t(lambda: 2 in GetItem())
t(lambda: 7 not in GetItem())
t(lambda: 1 in 5)
t(lambda: 1 in object())
t(lambda: iter(NoIter()))
t(lambda: iter(BadIter()))
