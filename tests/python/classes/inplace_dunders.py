# in-place operators: __iadd__ etc, falling back to the binary form when absent
class Acc:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'Acc({self.v})'
    def __iadd__(self, o): self.v += o; return self
    def __isub__(self, o): self.v -= o; return self
    def __imul__(self, o): self.v *= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __imatmul__(self, o): self.v = ('@', self.v, o); return self
a = Acc(10)
orig = a
a += 5; a -= 3; a *= 4; print(a)
a //= 5; a %= 7; a **= 3; print(a)
a <<= 2; a >>= 1; print(a)
a &= 0xff; a |= 0x100; a ^= 1; print(a)
a /= 2; print(a, a is orig)
a @= 'm'; print(a)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
class Weird:
    def __iadd__(self, o): return 'replaced'
w = Weird()
w += 1
print(w)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
