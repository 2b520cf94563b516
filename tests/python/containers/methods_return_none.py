# mutating methods return None; the non-mutating counterparts return new objects
a = [3, 1, 2]
print(a.sort(), a.reverse(), a.append(0), a.extend([9]), a.insert(0, 7), a.clear(), a)
b = [3, 1, 2]
print(sorted(b), b, list(reversed(b)), b, b[::-1], b)
d = {'k': 1}
print(d.update(x=2), d.clear(), d, {'k': 1}.get('k'))
s = {1}
print(s.add(2), s.discard(5), s.update([3]), sorted(s), s.clear(), s)
ba = bytearray(b'cab')
print(ba.reverse(), ba, ba.append(100), ba.extend(b'!'), ba)
result = [1, 2].append(3)
print(result)
try:
    [3, 1].sort().append(1)
except AttributeError as e:
    print('AttributeError:', e)
