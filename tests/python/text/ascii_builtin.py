# ascii() is repr() with non-ASCII characters escaped
for obj in ('plain', 'café', '日本', '😀', '\x00\x7f', 'tab\tnew\n', ['é', 'e'], {'ключ': 'значение'}, ('ü',), b'\xff', 42, 1.5, None):
    print(ascii(obj), repr(obj) == ascii(obj))
class R:
    def __repr__(self): return 'Rëpr'
print(ascii(R()), repr(R()), ascii([R()]), f'{R()!a}', '%a' % R())
