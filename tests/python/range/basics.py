# range objects
print(range(5), range(1, 5), range(0, 10, 2), range(5, 0, -1))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -2)))
print(list(range(0)), list(range(5, 2)), list(range(-3)), list(range(-3, 3)))
r = range(10, 100, 7)
print(len(r), r[0], r[-1], r[3], r.start, r.stop, r.step)
print(r[2:5], r[::-1], list(r[::3]))
print(24 in r, 25 in r, r.index(31), r.count(17))
print(range(0, 3) == range(3), range(0) == range(5, 5), range(1, 2, 5) == range(1, 3, 5))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(0, 10 ** 20, 3)[-1], range(10 ** 18)[-1], 10 ** 19 in range(0, 10 ** 20, 2))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print('OverflowError:', e)
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(3)[3]
except IndexError as e:
    print('IndexError:', e)
print(list(reversed(range(4))), bool(range(0)), bool(range(1)))
