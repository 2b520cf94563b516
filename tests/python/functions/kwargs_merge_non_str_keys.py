# ** merging reports duplicate keys before the call refuses keys that are not strings.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)


def f(**k):
    return k


t(lambda: f(**{1: 2}))
t(lambda: f(**{1: 2}, **{1: 3}))
t(lambda: f(**{(1, 2): 2}, **{(1, 2): 3}))
t(lambda: f(**{"a": 1}, **{1: 2}))
t(lambda: f(**{1: 2}, x=1))
t(lambda: f(x=1, **{"x": 2}))
t(lambda: len(**{1: 2}))
t(lambda: dict(**{1: 2}))
t(lambda: print(**{1: 2}))
t(lambda: (lambda: 0)(**{1: 2}))
t(lambda: f(**{"a": 1}, **{"b": 2}))
