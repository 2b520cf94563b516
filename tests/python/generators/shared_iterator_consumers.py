# several consumers pulling from one shared generator
def source():
    for i in range(10):
        yield i
s = source()
for x in s:
    if x == 3:
        break
    print('first loop', x)
for x in s:
    if x == 6:
        break
    print('second loop', x)
print('rest', list(s))
s = source()
pairs = list(zip(s, s))
print(pairs)
s = source()
evens = [x for x in s if x % 2 == 0 and next(s, None) is not None]
print(evens)
