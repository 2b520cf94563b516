# argument-binding errors and their messages
def show(fn):
    try:
        fn()
    except TypeError as e:
        print('TypeError:', e)
def f(a, b):
    pass
def g(a, b=2, *, c):
    pass
def h(x, /, y):
    pass
def k(*args, key):
    pass
def none():
    pass
def one(a):
    pass
class C:
    def method(self, x):
        pass
show(lambda: f(1))
show(lambda: f())
show(lambda: f(1, 2, 3))
show(lambda: f(1, 2, c=3))
show(lambda: f(1, a=1))
show(lambda: g(1))
show(lambda: g(1, 2, 3))
show(lambda: g(1, 2, 3, c=4))
show(lambda: h(x=1, y=2))
show(lambda: k(1, 2))
show(lambda: none(1))
show(lambda: one(1, 2))
show(lambda: one())
show(lambda: C().method())
show(lambda: C().method(1, 2))
show(lambda: (lambda a: a)())
show(lambda: f(*[1, 2, 3]))
show(lambda: f(**{'a': 1, 'b': 2, 'z': 3}))
show(lambda: len())
show(lambda: len([], []))
show(lambda: 'abc'.upper(1))
show(lambda: f(*1))
show(lambda: f(**[1]))
