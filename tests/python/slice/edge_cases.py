# slicing edge cases: out-of-range, negative steps, empty results
s = 'abcdefghij'
cases = [(None, None, None), (3, None, None), (-3, None, None), (None, -3, None),
         (2, 8, 2), (8, 2, -2), (-1, None, -1), (None, None, -3), (100, None, None),
         (-100, 3, None), (5, 5, None), (7, 3, None), (0, 10, 20), (9, -11, -1), (3, -3, 1)]
for start, stop, step in cases:
    print(start, stop, step, repr(s[start:stop:step]), list(range(10))[start:stop:step])
try:
    s[::0]
except ValueError as e:
    print('ValueError:', e)
big = 10 ** 30
print(repr(s[big:]), s[-big:2], s[:big])
