# callable, getattr, setattr, hasattr, dir-free checks, repr/str/ascii, bin/oct/hex, format
print(callable(len), callable(5), callable(lambda: 0), callable(int))
class Obj:
    def __init__(self):
        self.a = 1
o = Obj()
print(getattr(o, 'a'), getattr(o, 'b', 'missing'), hasattr(o, 'a'), hasattr(o, 'b'))
setattr(o, 'b', 2)
print(o.b, vars(o))
delattr(o, 'a')
print(hasattr(o, 'a'))
print(repr('a\nb'), str('a\nb').count('\n'), ascii('ñ'), ascii([1, 'é']))
print(bin(10), oct(10), hex(10), bin(-3), hex(255).upper())
print(format(255, 'x'), format(255, '#010b'), format(0.5, '.1%'), format('s', '>3'))
print(all(isinstance(f, type) for f in (int, str, list, dict)))
print(min(range(5), key=lambda i: (i - 3) ** 2), max('hello', key='lo'.find))
