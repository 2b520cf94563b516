# which str methods accept keyword arguments in 3.11
print('a b c'.split(sep=' ', maxsplit=1), 'a b c'.rsplit(maxsplit=1), 'x\ny'.splitlines(keepends=True))
print('é'.encode(encoding='utf-8', errors='strict'), b'\xc3\xa9'.decode(encoding='utf-8'), 'a\tb'.expandtabs(tabsize=2))
calls = [lambda: 'aaa'.replace('a', 'b', count=1), lambda: 'x'.center(width=5), lambda: 'abc'.startswith('b', start=1),
         lambda: 'abc'.find(sub='b'), lambda: 'a'.ljust(5, fillchar='*'), lambda: 'abc'.strip(chars='a'), lambda: 'a,b'.split(',', 1, 2)]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print('TypeError:', e)
