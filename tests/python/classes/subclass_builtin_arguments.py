# Built-in functions and methods accept instances of subclasses wherever they accept the base type
class L(list): pass
class D(dict): pass
class T(tuple): pass
class S(set): pass
class B(bytes): pass
class I(int): pass
class Fl(float): pass
class St(str): pass
print(isinstance(1, T((int, str))), issubclass(bool, T((int,))), type(St('X'), T((object,)), D(a=1)).a)
print('a' + St('b'), 'abc'.startswith(St('a')), St('b') in 'abc', 'x'.join([St('a'), St('b')]))
print('a,b'.split(St(',')), 'xyx'.strip(St('x')), 'a'.center(5, St('*')), 'abc'.replace(St('b'), St('B')))
print('ab'.removeprefix(St('a')), 'ab'.encode(St('ascii')), str(B(b'hi'), St('ascii')), str.maketrans(St('a'), 'b'))
print(int(St('12')), int(St('ff'), I(16)), float(St('1.5')), complex(St('1+2j')), ord(St('a')), ord(B(b'z')))
print(b'-'.join([B(b'a'), B(b'b')]), b'abc'.startswith(B(b'a')), B(b'b') in b'abc', b'abc'.find(B(b'c')))
print(b'%s|%c' % (B(b'x'), B(b'y')), b'x'.center(5, B(b'.')), bytes(B(b'q')), bytearray(B(b'r')))
print('%d %x %s %r %.1f' % T((I(3), I(255), St('s'), St('r'), Fl(1.25))), '%c' % St('c'), '%(k)s' % D(k='v'))
print(list(range(I(3))), [10, 20, 30][I(1)], 'abc'[I(2)], (1, 2, 3)[I(0):I(2)], pow(2, 10, I(7)), divmod(7, I(2)))
print(I(3) + I(4), 5 + I(3), type(I(3) + I(4)).__name__, hash(I(3)) == hash(3), {I(3): 'x'}[3], {3: 'y'}[I(3)])
print(St('a') in ['a'], 'a' in [St('a')], {'a': 1}[St('a')], {St('a'): 2}['a'], D(a=1).pop(St('a')))
print(eval('x + y', D(x=1, y=2)), eval(St('2 * 3')), exec('z = 1', D()))
g = D()
exec('def f(): return 5\nv = f()', g)
print(g['v'], type(g).__name__)
# an int subclass is an int already: its own __index__ is not asked
class Idx(int):
    def __index__(self):
        return 99
print(hex(Idx(3)), list(range(Idx(2))), [0, 1, 2, 3][Idx(3)], bin(Idx(1)))
# %-formatting reads the value of int and float subclasses, not their __int__ or __float__
class Odd(float):
    def __float__(self):
        return 0.0
    def __int__(self):
        return 7
print('%.2f %d' % (Odd(2.5), Odd(2.5)), float(Odd(2.5)), int(Odd(2.5)))
# names, separators, format specs and translation tables may be str subclass instances too
class Box: pass
box = Box()
setattr(box, St('size'), 3)
print(getattr(box, St('size')), hasattr(box, St('size')), box.__dict__, format(255, St('x')), f'{3:{St(">4")}}')
print(1, 2, sep=St('-'), end=St('!\n'))
print('%*d|%.*f' % (I(4), 3, I(2), Fl(1.2345)), 'abc'.translate({I(97): St('z')}), str.maketrans({St('a'): 'b'}))
for start in (St(''), B(b'')):
    try:
        sum([], start)
    except TypeError as e:
        print('TypeError:', e)
ns = {}
exec(St('w = 6 * 7'), ns)
print(ns['w'], eval(compile(St('w + 1'), 'src', 'eval'), ns))
