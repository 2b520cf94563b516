# str.join and bytes.join with iterables of the wrong element types
print('-'.join(['a', 'b']), '-'.join('abc'), '-'.join([]), ''.join(map(str, range(5))), ', '.join({'k': 1, 'j': 2}))
for bad in (['a', 1], [None], [b'x'], 5, ['ok', ['x']]):
    try:
        print('|'.join(bad))
    except TypeError as e:
        print('TypeError:', e)
print(b'-'.join([b'a', bytearray(b'b'), b'c']), bytearray(b',').join([b'x', b'y']))
try:
    b'-'.join([b'a', 'b'])
except TypeError as e:
    print('TypeError:', e)
try:
    b'-'.join([1])
except TypeError as e:
    print('TypeError:', e)
