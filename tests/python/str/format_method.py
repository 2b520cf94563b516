# str.format with positional, keyword, index, attribute and specs
print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('a', 'b'))
print('{name} is {age}'.format(name='Ann', age=7))
print('{0[0]} {0[1]} {d[k]}'.format(['x', 'y'], d={'k': 'v'}))
print('{:>8}|{:<8}|{:^8}|{:*^9}'.format('r', 'l', 'c', 'mid'))
print('{:08.3f}|{:+d}|{:,}|{:x}|{:#b}'.format(3.14159, 5, 1234567, 255, 5))
print('{!r} {!s} {!a}'.format('q', 'q', 'ü'))
print('{{}} {}'.format('braces'))
print('{:{w}.{p}f}'.format(2.71828, w=10, p=2))
print('{0:>{1}}'.format('x', 4))
print(format('text', '>10'), format(42, '^7'), format(3.5))
class P:
    x = 1
    y = 2
print('{0.x},{0.y}'.format(P()))
print('%-6s|%6.2f|%+04d' % ('ab', 3.14159, 7))
