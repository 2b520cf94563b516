# __match_args__ is inherited and can be overridden; positional patterns map to attributes
class Base:
    __match_args__ = ('a',)
    def __init__(self, a, b=None):
        self.a, self.b = a, b
class Child(Base):
    pass
class Reordered(Base):
    __match_args__ = ('b', 'a')
def f(obj):
    match obj:
        case Reordered(b, a):
            return f'Reordered b={b} a={a}'
        case Child(x):
            return f'Child a={x}'
        case Base(x, b=y):
            return f'Base a={x} b={y}'
for o in (Base(1, 2), Child(3), Reordered(5, 6)):
    print(f(o))
class Empty:
    __match_args__ = ()
match Empty():
    case Empty():
        print('empty __match_args__ matches Empty()')
