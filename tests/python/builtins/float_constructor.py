# float() parsing rules: whitespace, signs, underscores, special names, and errors
for s in ('1.5', '  -2.5\n', '+.5', '5.', '1e3', '1E-3', '1_000.000_1', 'inf', '-Infinity', 'NaN', ' +nan ', '1e400', '-1e-400', '٣.٥', '0.1e1'):
    print(repr(s), float(s))
print(float(), float(7), float(True), float(10 ** 20), float(-0), float(' 12 '))
class F:
    def __float__(self): return 1.25
class I:
    def __index__(self): return 3
print(float(F()), float(I()))
for bad in ('', ' ', 'abc', '1.5.5', '1e', '_1', '1__0', '0x10', 'infinityy', '1,5', 'nan1'):
    try:
        float(bad)
    except ValueError as e:
        print('ValueError:', e)
for bad in (lambda: float([1]), lambda: float(None), lambda: float(10 ** 400), lambda: float(x='1'), lambda: float(1j)):
    try:
        bad()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
