# int() with its positional-only value, keyword base, truncation and conversion protocols
print(int(), int(5.9), int(-5.9), int('  12  '), int('-0b11', 0), int('z', base=36), int('10', base=2), int(True), int(2 ** 0.5 * 10))
class Idx:
    def __index__(self): return 11
class Int:
    def __int__(self): return 22
class Tr:
    def __trunc__(self): return 33
print(int(Idx()), int(Int()), int(Tr()), int('7', Idx()))
for bad in (lambda: int(x='5'), lambda: int('5', 10, 2), lambda: int(5, base=10), lambda: int(None), lambda: int([1]),
            lambda: int('1', base='2'), lambda: int(float('nan')), lambda: int(float('-inf')), lambda: int('4' * 5000)):
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
