# pow() accepts base, exp and mod as keywords (3.8+)
print(pow(base=2, exp=10), pow(2, exp=5), pow(base=3, exp=4, mod=5), pow(exp=2, base=7), pow(2, 10, mod=1000))
print(pow(2, -2), pow(2.0, 3), pow(-2, 0.5), pow(10, -2, 7), pow(True, 2), type(pow(2, 2)).__name__, type(pow(2, -2)).__name__)
for bad in (lambda: pow(2), lambda: pow(x=2, y=3), lambda: pow(2, 3, mod=0), lambda: pow('2', 2), lambda: pow(2, 3, 4, 5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
class P:
    def __pow__(self, other, mod=None): return ('pow', other, mod)
    def __rpow__(self, other): return ('rpow', other)
print(pow(P(), 2), pow(P(), 2, 3), pow(2, P()), P() ** 5, 5 ** P())
