# find, rfind, index, count, replace, startswith, endswith
s = 'the cat sat on the mat'
print(s.find('at'), s.find('at', 6), s.find('dog'), s.rfind('at'), s.find(''))
print(s.index('sat'), s.rindex('the'), s.count('at'), s.count('the'), s.count(''))
print(s.replace('at', 'og'), '|', s.replace('at', 'og', 1), '|', s.replace('', '.')[:9])
print(s.startswith('the'), s.startswith('cat', 4), s.endswith('mat'), s.endswith(('x', 'at')))
print(s.startswith(('a', 't')), 'abc'.endswith(''), 'aaaa'.count('aa'))
print('aaa'.replace('a', 'bb'), 'banana'.replace('ana', '_'))
try:
    s.index('dog')
except ValueError as e:
    print('ValueError:', e)
print(s.removeprefix('the '), '|', s.removesuffix(' mat'), '|', s.removeprefix('xyz'))
