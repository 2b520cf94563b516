class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f'V{self.c}'
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __rmatmul__(self, o): return 'rmatmul'
    def __pow__(self, e, mod=None): return ('pow', e, mod)
    def __rpow__(self, b, mod=None): return ('rpow', b, mod)
    def __neg__(self): return V(*(-x for x in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(x * x for x in self.c) ** 0.5
    def __invert__(self): return V(*reversed(self.c))
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 7
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __complex__(self): return 1j
    def __float__(self): return 2.5
    def __int__(self): return 3
    def __bytes__(self): return b'V'
    def __len__(self): return len(self.c)
    def __reversed__(self): return iter(['r'])
    def __iter__(self): return iter(self.c)
    def __getitem__(self, i): return self.c[i]
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
    def __lshift__(self, o): return ('lshift', o)
    def __rrshift__(self, o): return ('rrshift', o)
v = V(3, 4)
print(v @ V(1, 2), 5 @ v, v ** 2, 2 ** v, pow(v, 2, 5), -v, +v, abs(v), ~v, round(v), round(v, 2), complex(v), float(v), int(v), bytes(v))
print(divmod(v, 1), divmod(1, v), v << 2, 2 >> v, list(reversed(v)), list(v), v[1], len(v), bool(v), bool(V()))
try: pow(2, v, 5)
except TypeError as e: print(e)
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class BigLen:
    def __len__(self): return 2**70
try: len(BigLen())
except OverflowError as e: print(e)
class FloatLen:
    def __len__(self): return 1.5
try: len(FloatLen())
except TypeError as e: print(e)
class BadIndex:
    def __index__(self): return 'x'
try: [1][BadIndex()]
except TypeError as e: print(e)
class BadRepr:
    def __repr__(self): return 5
try: repr(BadRepr())
except TypeError as e: print(e)
class BadStr:
    def __str__(self): return None
try: str(BadStr())
except TypeError as e: print(e)
class BadHash:
    def __hash__(self): return 'h'
try: hash(BadHash())
except TypeError as e: print(e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
class EqSub(EqOnly):
    __hash__ = object.__hash__
print(EqSub.__hash__ is object.__hash__)
class HashNone:
    __hash__ = None
try: {HashNone()}
except TypeError as e: print(e)
import sys
class IntLike:
    def __index__(self): return 3
print([0, 1, 2, 3, 4][IntLike()], 'abcde'[IntLike():], range(10)[IntLike()], bin(IntLike()), hex(IntLike()), oct(IntLike()), (1, 2, 3, 4) * IntLike() == (1, 2, 3, 4) * 3, int(IntLike()) if sys.version_info >= (3, 10) else 3)
class OnlyFloat:
    def __float__(self): return 1.25
print(float(OnlyFloat()), complex(OnlyFloat()))
try: int(OnlyFloat())
except TypeError as e: print(e)
class Trunc:
    def __trunc__(self): return 9
print(int(Trunc()))
class IAdd:
    def __init__(self): self.log = []
    def __add__(self, o): self.log.append('add'); return self
class Fallback:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Fallback(self.v + o)
f = Fallback(1); g = f; f += 5; print(f.v, g.v, f is g)
l = [1]; t = (l,)
try: t[0] += [2]
except TypeError as e: print(e, t)
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Derived(Base):
    def __radd__(self, o): return 'Derived.radd'
print(Base() + Derived(), Derived() + Base(), 1 + Base())
try: Base() - 1
except TypeError as e: print(e)
try: 1 - Base()
except TypeError as e: print(e)
try: Base() < Base()
except TypeError as e: print(e)
try: -Base()
except TypeError as e: print(e)
try: Base() @ 1
except TypeError as e: print(e)
try: x = Base(); x -= 1
except TypeError as e: print(e)
try: x = [1]; x -= 1
except TypeError as e: print(e)
try: x = 1; x @= 2
except TypeError as e: print(e)
try: print(~1.5)
except TypeError as e: print(e)
try: print(divmod('a', 1))
except TypeError as e: print(e)
try: print(pow('a', 2))
except TypeError as e: print(e)
try: print(pow(1, 2, 'a'))
except TypeError as e: print(e)
try: print('a' ** 2)
except TypeError as e: print(e)
try: print(round(Base()))
except TypeError as e: print(e)
try: print(abs(Base()))
except TypeError as e: print(e)
try: print(len(Base()))
except TypeError as e: print(e)
try: print(reversed(Base()))
except TypeError as e: print(e)
try: print(iter(Base()))
except TypeError as e: print(e)
try: print(next(Base()))
except TypeError as e: print(e)
try: print(Base()[0])
except TypeError as e: print(e)
try: Base()[0] = 1
except TypeError as e: print(e)
try: del Base()[0]
except TypeError as e: print(e)
try: print(1 in Base())
except TypeError as e: print(e)
try: Base()()
except TypeError as e: print(e)
try:
    with Base(): pass
except TypeError as e: print(e)
try:
    for _ in Base(): pass
except TypeError as e: print(e)
try: a, b = Base()
except TypeError as e: print(e)
try: print(*Base())
except TypeError as e: print(e)
try: print(dict(**Base()))
except TypeError as e: print(e)
try: print({**Base()})
except TypeError as e: print(e)
try: print([*Base()])
except TypeError as e: print(e)
try: print(int(Base()))
except TypeError as e: print(e)
try: print(float(Base()))
except TypeError as e: print(e)
try: print(complex(Base()))
except TypeError as e: print(e)
try: print(bytes(Base()))
except TypeError as e: print(e)
try: print(hash([]))
except TypeError as e: print(e)
try: print(sorted(Base()))
except TypeError as e: print(e)
try: print(sum(Base()))
except TypeError as e: print(e)
try: print(min(Base()))
except TypeError as e: print(e)
try: print(list(zip(Base())))
except TypeError as e: print(e)
try: print(list(map(len, Base())))
except TypeError as e: print(e)
try: print(list(enumerate(Base())))
except TypeError as e: print(e)
try: print(set(Base()))
except TypeError as e: print(e)
try: print(''.join(Base()))
except TypeError as e: print(e)
try: print(any(Base()))
except TypeError as e: print(e)
try: print(tuple(Base()))
except TypeError as e: print(e)
