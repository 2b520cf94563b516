# Calling built-in types' operator methods directly: which decline with NotImplemented, which raise.
def show(label, f):
    try:
        r = f()
        print(label, '->', 'NotImplemented' if r is NotImplemented else repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

# Types that compare only for equality still have their own ordering methods (declining).
for name, t, v in [('complex', complex, 1j), ('dict', dict, {}), ('range', range, range(2))]:
    for m in ['__lt__', '__le__', '__gt__', '__ge__']:
        show(f'{name}.{m}()', lambda: getattr(t, m)())
        show(f'{name}.{m}(None)', lambda: getattr(t, m)(None))
        show(f'{name}.{m}(v, v)', lambda: getattr(t, m)(v, v))
        show(f'{m} in {name}', lambda: m in t.__dict__)
    show(f'{name} < {name}', lambda: v < v)
show('memoryview __lt__', lambda: '__lt__' in memoryview.__dict__)
show('builtin __lt__', lambda: len.__lt__(len))
show('len < len', lambda: len < len)

# Three-argument power: int declines a non-int modulus, float refuses any modulus first.
for self_ in [5, True, 2.5]:
    for args in [(0, 1.5), (0, 'x'), (2, 7), (None, 0), ('x', None), (2, None), (1.5, 3)]:
        show(f'{self_!r}.__pow__{args}', lambda: self_.__pow__(*args))
        show(f'{self_!r}.__rpow__{args}', lambda: self_.__rpow__(*args))
show('pow(2, 3, 1.5)', lambda: pow(2, 3, 1.5))
show('pow(2.0, 3, 5)', lambda: pow(2.0, 3, 5))
show('pow(2, 3.0, 5)', lambda: pow(2, 3.0, 5))

class F(float):
    pass

show('pow(F(2), 3, 5)', lambda: pow(F(2), 3, 5))

# bytes compares only with bytes; bytearray answers for both.
for other in [bytearray(b'x'), memoryview(b'x'), b'x', 'x']:
    for m in ['__eq__', '__ne__', '__lt__', '__ge__']:
        show(f'bytes.{m}({type(other).__name__})', lambda: getattr(b'abc', m)(other))
        show(f'bytearray.{m}({type(other).__name__})', lambda: getattr(bytearray(b'abc'), m)(other))
show("b'a' == bytearray(b'a')", lambda: b'a' == bytearray(b'a'))
show("b'a' < bytearray(b'b')", lambda: b'a' < bytearray(b'b'))
show("b'a' >= bytearray(b'b')", lambda: b'a' >= bytearray(b'b'))
show("b'a' == memoryview(b'a')", lambda: b'a' == memoryview(b'a'))

# The reflected % formats with the other operand only when it has the same type.
for self_, other in [(b'abc', b'x'), (b'abc', b'%s'), (b'abc', bytearray(b'%s')), (b'abc', 5),
                     (bytearray(b'abc'), bytearray(b'x')), (bytearray(b'abc'), bytearray(b'%s')),
                     (bytearray(b'abc'), b'%s')]:
    show(f'{self_!r}.__rmod__({other!r})', lambda: self_.__rmod__(other))

# int() shows a bytearray or memoryview's text as bytes.
for s in [bytearray(b'x'), memoryview(b'y'), b'z', bytearray(b'1_')]:
    show(f'int({bytes(s)!r} as {type(s).__name__})', lambda: int(s))
    show(f'int({bytes(s)!r} as {type(s).__name__}, 16)', lambda: int(s, 16) if not isinstance(s, memoryview) else int(bytes(s), 16))
