# ranges over astronomically large bounds: membership, indexing and slicing stay fast
big = range(0, 10 ** 30, 7)
print(10 ** 29 in big, 7 * 10 ** 28 in big, big[10 ** 20], big[-1], big.index(7 * 10 ** 20), big.count(14))
print(big[::10 ** 25], big[5:10], len(range(10 ** 18)))
try:
    len(range(10 ** 30))
except OverflowError as e:
    print('OverflowError:', e)
print(range(10 ** 30)[-1], range(-10 ** 20, 0)[0], (10 ** 30 - 1) in range(10 ** 30), 2.5 in range(5), 3.0 in range(5))
print(range(10 ** 30) == range(0, 10 ** 30, 1), reversed(range(10 ** 30)).__next__())
