# complex() with positional and keyword arguments, strings, and special values
print(complex(), complex(1), complex(1.5, -2), complex(real=3), complex(imag=4), complex(real=1, imag=2), complex(1 + 1j, 1 + 1j))
print(complex('3'), complex('3j'), complex('-3-3j'), complex('(1+1j)'), complex(' 1e1+1e-1j '), complex('inf-nanj'), complex('1_0+2_0j'))
print(complex(True, False), complex(2 ** 53), complex(0.1, 0.2).real, complex('-0-0j'), complex(-0.0, -0.0))
class C:
    def __complex__(self): return 5j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), F()))
for bad in (lambda: complex('1+'), lambda: complex(''), lambda: complex('j1'), lambda: complex([1]), lambda: complex('1', 1),
            lambda: complex(1, '1'), lambda: complex(None), lambda: complex(x=1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
