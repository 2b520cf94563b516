# lexicographic comparison of tuples
pairs = [((1, 2), (1, 3)), ((2,), (1, 9)), ((1, 2), (1, 2, 0)), ((), ()), (('a', 1), ('a', 0))]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a > b)
records = [('b', 2), ('a', 3), ('b', 1), ('a', 1)]
print(sorted(records))
print(max(records), min(records))
print((1, 2.0) == (1.0, 2), (True, 0) == (1, False))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print('TypeError:', e)
print((1, 'a') < (2, 1))
