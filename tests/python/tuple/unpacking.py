# tuple packing/unpacking and swapping
x, y = 1, 2
x, y = y, x
print(x, y)
a, b, c = 'abc'
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
head, *tail = (1, 2, 3)
print(head, tail, type(tail).__name__)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 2, 8])
print(lo, hi)
for name, score in [('a', 1), ('b', 2)]:
    print(name, score)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print('ValueError:', e)
try:
    p, q, r = (1, 2)
except ValueError as e:
    print('ValueError:', e)
try:
    p, *q, r = (1,)
except ValueError as e:
    print('ValueError:', e)
try:
    p, q = 5
except TypeError as e:
    print('TypeError:', e)
