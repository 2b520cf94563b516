# range: len, index, count, slicing, negative steps, equality, attributes, reversed
r = range(3, 20, 4)
print(list(r), len(r), r[1], r[-1], r.index(11), r.count(11), r.count(12), 7 in r, 8 in r)
print(r[1:3], r[::-1], list(r[::-1]), r[::2], r[10:], range(10)[-3:], range(10)[::-3])
print(r.start, r.stop, r.step, range(5).start, range(1, 2).step)
print(range(0) == range(5, 5), range(0, 6, 2) == range(0, 5, 2), range(3) == [0, 1, 2], range(1, 5, 10) == range(1, 2))
print(list(range(10, 0, -3)), list(range(0, -10, -4)), list(range(5, 5)), list(range(5, 0)), len(range(10, 0, -3)))
print(list(reversed(range(1, 10, 3))), sorted(range(3), reverse=True), sum(range(101)), max(range(7)), min(range(3, 9)))
print(hash(range(3)) == hash(range(0, 3)), {range(2): 'key'}[range(0, 2, 1)], bool(range(0)), bool(range(1)))
for bad in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: r.index(12), lambda: r[10], lambda: range('a')):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
