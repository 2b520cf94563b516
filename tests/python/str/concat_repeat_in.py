# concatenation, repetition, membership
a, b = 'foo', 'bar'
print(a + b, a + ' ' + b, a * 3, 3 * b, a * 0, repr(a * -1))
s = ''
for c in 'xyz':
    s += c * 2
print(s)
print('oo' in a, 'fb' in a + b, '' in a, 'x' not in a)
print('ab' * 2 + 'c', ('ab' + 'c') * 2)
print(len('abc' * 1000))
parts = ['a', 'b', 'c']
print('-'.join(parts), ''.join(reversed(parts)))
print('%s and %s' % (a, b), '%d%%' % 50, '%5s|%-5s|' % ('r', 'l'), '%r' % 'q')
print('%03d %x %o %e %.1f %c' % (7, 255, 8, 1.5, 2.25, 65))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
