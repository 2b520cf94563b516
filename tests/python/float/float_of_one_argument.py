# float(x) of one argument of every kind (made directly by CALL, as float.__new__ makes it).
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class S(float): pass
class Bad:
    def __float__(self): return "x"
for v in ["1.5", " -2e3 ", "inf", "nan", "1_000.5", "0x1p3", 3, True, 2**1000, F(), I(), S(4.5), b"3.25", bytearray(b"7"), "\u0663.5", Bad(), None, "abc", "", [1]]:
    try:
        r = float(v)
        print(repr(v) if not isinstance(v, (F, I, S, Bad)) else type(v).__name__, r, type(r).__name__)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
