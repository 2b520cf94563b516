# def with defaults, *args, keyword-only, positional-only, **kwargs
def f(a, b=2, *args, c, d=4, **kwargs):
    return f'a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}'
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, d=8, e=9))
print(f(a=1, c=3, z=0))
def pos_only(x, y, /, z):
    return x, y, z
print(pos_only(1, 2, 3), pos_only(1, 2, z=3))
def kw_only(*, key, value=None):
    return key, value
print(kw_only(key='k'), kw_only(value=1, key=2))
def all_kinds(p1, p2=20, /, n1=30, *, k1, k2=50, **rest):
    return p1, p2, n1, k1, k2, rest
print(all_kinds(1, k1=40))
print(all_kinds(1, 2, 3, k1=4, k2=5, p1='in rest'))
def star_only(*args):
    return args
print(star_only(), star_only(1), star_only(*range(3)))
def kw_collect(**kw):
    return sorted(kw.items())
print(kw_collect(b=1, a=2))
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2))
print(f.__name__, f.__defaults__, f.__kwdefaults__)
