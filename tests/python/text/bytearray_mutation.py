# bytearray is mutable: item and slice assignment, append/extend/insert/pop/remove/reverse
ba = bytearray(b'hello')
ba[0] = ord('J')
print(ba)
ba.append(33)
ba.extend(b' ok')
ba.extend([65, 66])
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('l'))
print(ba)
ba.reverse()
print(ba)
ba[1:3] = b'XYZW'
del ba[0]
del ba[::3]
print(ba, len(ba))
ba += b'++'
ba *= 2
print(ba)
c = ba.copy()
c.clear()
print(c, ba[:3])
for bad in (lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.remove(200), lambda: bytearray().pop(),
            lambda: ba.__setitem__(0, 'a'), lambda: ba.extend([1, 'x']), lambda: ba.insert(0, 999)):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
ba[2:4] = []
ba[0:0] = bytearray(b'<<')
print(ba)
