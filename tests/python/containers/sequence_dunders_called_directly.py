# A built-in sequence's operator methods called directly raise for an operand they do not take (CPython's
# sequence slots), while the operators themselves still let the other operand's reflected method run first
# and keep their own messages ("can't multiply sequence by non-int").
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)


class B(bytes): pass
class BA(bytearray): pass
class L(list): pass
class S(str): pass
class Two:
    def __index__(self):
        return 2
class Reflected:
    def __radd__(self, other):
        return 'radd'
    def __rmul__(self, other):
        return 'rmul'


samples = [[1], (1,), 'ab', b'ab', bytearray(b'ab')]
for seq in samples:
    for other in [5, 'a', 1.5, None, [1], b'c', Two(), True]:
        print(type(seq).__name__, repr(other)[:12], end=': ')
        t(lambda: seq.__add__(other))
        t(lambda: seq.__mul__(other))
        t(lambda: seq.__rmul__(other))
    t(lambda: seq + Reflected())
    t(lambda: seq * Reflected())
    t(lambda: Reflected() * seq)
    t(lambda: seq + 5)
    t(lambda: seq * 1.5)
    t(lambda: 1.5 * seq)
t(lambda: [1].__mul__(2 ** 100))
t(lambda: B(b'x').__add__(5))
t(lambda: BA(b'x').__add__(5))
t(lambda: BA(b'x').__iadd__(5))
t(lambda: bytearray(b'x').__iadd__([1]))
t(lambda: bytearray(b'x').__iadd__(b'y'))
t(lambda: L().__add__(5))
t(lambda: S('a').__add__(5))
t(lambda: [1] + L([2]))
t(lambda: type(L([1]) + [2]))
t(lambda: L() * 1.5)
t(lambda: 1.5 * S('a'))
t(lambda: L() + Reflected())
t(lambda: S() * Reflected())
x = bytearray(b'1')
x += Reflected()
print(x)
x = bytearray(b'1')
t(lambda: x.__iadd__(Reflected()))
x = [1]
x *= Reflected()
print(x)
x = BA(b'1')
x += b'2'
print(type(x).__name__, x)
t(lambda: memoryview(b'ab')[5])
t(lambda: memoryview(b'ab')[-5])
