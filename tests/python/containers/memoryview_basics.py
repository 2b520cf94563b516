# memoryview: zero-copy views over bytes-like objects
data = bytearray(b'hello world')
mv = memoryview(data)
print(mv[0], mv[-1], bytes(mv[:5]), mv.tobytes(), mv.tolist()[:3], len(mv), mv.readonly, mv.nbytes, mv.itemsize, mv.format)
mv[0] = ord('J')
mv[6:11] = b'WORLD'
print(data)
sub = mv[2:5]
print(bytes(sub), sub.tobytes() == b'llo', sub == b'llo', mv == data, sub.obj is data)
ro = memoryview(b'immutable')
print(ro.readonly)
try:
    ro[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    mv[0:2] = b'abc'
except ValueError as e:
    print('ValueError:', e)
print(list(memoryview(b'abc')), b'x' + memoryview(b'yz'), memoryview(b'ab').hex(), bytes(memoryview(b'ab')[::-1]))
with memoryview(b'ctx') as m:
    print(m.tobytes())
try:
    m.tobytes()
except ValueError as e:
    print('ValueError:', e)
