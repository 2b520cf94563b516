"""Module doc: from __future__ import annotations keeps every annotation as the text CPython unparses, so
forward references and undefined names are fine; the __future__ module itself is importable."""
from __future__ import annotations
from __future__ import division, generator_stop
import __future__
print(__future__.annotations, __future__.all_feature_names[:3], __future__.annotations.getMandatoryRelease())
def f(a: 'x', b: list[int], c: dict[str, 'Foo'] | None = None, *args: int, d: Callable[[int], str], **kw: 'a.b') -> Tuple[int, ...]: pass
class C:
    x: ClassVar[int] = 3
    y: 'quoted'
    z: lambda: 1
    z2: lambda a, b=2, /, c=3, *d, e, f=4, **g: 0
    z3: lambda *, k: k
    z4: lambda *a: a
    z5: lambda **k: k
    w: (1 + 2) * 3
    v: [a for a in b if a if not a]
    u: f'{x!r:>10} {{lit}} {y:{w}}'
    t: a if b else c
    s: not a
    r: -x ** 2
    r2: (-x) ** 2
    r3: 2 ** -1
    r4: a ** b ** c
    r5: (a ** b) ** c
    q: {1: 2, **d}
    p: {1, 2}
    o: a[1:2, ::3]
    o2: a[:]
    o3: a[1:]
    o4: a[()]
    o5: a[(1,)]
    m: a.b.c(1, *x, k=2, **y)
    m2: f(x for x in y)
    l: 1.5e10
    l2: 1e400
    l3: 3j
    l4: 10**100
    k: b'bytes'
    j: 'it\'s'
    i: ...
    h: x  if  y else z
    g: a < b <= c is not d not in e
    e: (a, b)
    dd: ()
    cc: (a,)
    bb: a and b or c and not d
    aa: (a or b) and c
    ab: a - (b - c) + (d + e)
    ac: a | b & c ^ d << e >> f // g % h @ i
    ad: (1).real
    ae: None
    af: True
    ag: -1
    ah: [*a, *b]
    ai: {**a}
    aj: 'a' 'b'
    al: {k: v for k, v in x}
    am: await_ if x else y
print(f.__annotations__)
print(C.__annotations__)
x: int = 5
y: list[str]
obj = C()
obj.attr: undefined_name = 3
print(__annotations__)
def g(x: Undefined) -> AlsoUndefined: return x
print(g(1), g.__annotations__)
