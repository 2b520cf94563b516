# int subclasses: arithmetic returns plain int, repr/str from int unless overridden
class MyInt(int):
    pass
a = MyInt(5)
print(a, repr(a), type(a).__name__, type(a + 1).__name__, type(-a).__name__, type(a * a).__name__)
print(a == 5, hash(a) == hash(5), isinstance(a, int), a.bit_length(), {a: 'v'}[5])
class Hex(int):
    def __repr__(self): return f'Hex({int(self):#x})'
    def __str__(self): return hex(self)
h = Hex(255)
print(h, repr(h), [h], f'{h}', f'{h:d}', '%d' % h, '%s' % h)
class Named(int):
    def __new__(cls, v, name):
        obj = super().__new__(cls, v)
        obj.name = name
        return obj
    def __add__(self, o):
        return Named(int(self) + int(o), self.name + '+')
n = Named(3, 'three')
print(n, n.name, (n + 1).name, type(1 + n).__name__, 1 + n)
print(MyInt('42'), MyInt('ff', 16), MyInt(3.9), MyInt())
class B(int): pass
print(True + B(1), type(abs(B(-3))).__name__, B(7) // 2, divmod(B(7), 2))
