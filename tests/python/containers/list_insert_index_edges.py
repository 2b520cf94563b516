# list.insert/index/pop/remove with negative, out-of-range and keyword-free arguments
a = [0, 1, 2]
a.insert(-100, 'front'); a.insert(100, 'back'); a.insert(-1, 'before-last'); a.insert(2, 'mid')
print(a)
print(a.index(2), a.index(1, -5), a.index('back', 0, 100), a.pop(-3), a.pop(1), a)
for bad in (lambda: a.index(1, 0, 1), lambda: a.pop(99), lambda: a.insert('0', 1), lambda: a.index(), lambda: a.pop(1, 2),
            lambda: a.remove(), lambda: [].pop(-1), lambda: a.index(0, 'x')):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)
b = [1, 2, 1, 2, 1]
b.remove(2)
print(b, b.count(1), b.count([1]), [[1], [1]].count([1]), [1, 1.0, True].count(1))
