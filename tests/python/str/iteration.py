# iterating over strings
for ch in 'abc':
    print(ch, ord(ch))
for i, ch in enumerate('xyz', 1):
    print(i, ch)
print(list(reversed('stressed')), ''.join(reversed('stressed')))
print([c * 2 for c in 'hi'], {c for c in 'aabb' if c == 'a'})
vowels = sum(1 for c in 'programming language' if c in 'aeiou')
print('vowels:', vowels)
it = iter('ab')
print(next(it), next(it), next(it, 'end'))
print(list(zip('abc', 'xy')), list(map(str.upper, 'ok')))
