# explicit two-argument super(), skipping classes in the MRO, super objects
class A:
    def f(self): return 'A'
class B(A):
    def f(self): return 'B' + super(B, self).f()
class C(B):
    def f(self): return 'C' + super(B, self).f()
print(C().f(), B().f())
s = super(C, C())
print(s.f())
print(type(s).__name__)
class M:
    def hello(self): return 'M.hello'
class N(M): pass
obj = N()
print(super(N, obj).hello())
print(super(N, N).hello(obj))
try:
    super(int, 'x')
except TypeError as e:
    print('TypeError:', e)
