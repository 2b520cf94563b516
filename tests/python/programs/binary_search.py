# binary search: exact match, insertion point, and first occurrence
def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def lower_bound(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = list(range(0, 1000, 3))
for t in [0, 3, 300, 999, 998, -5, 2000]:
    print(t, binary_search(data, t))
dups = [1, 2, 2, 2, 3, 5, 5, 8]
for t in [0, 2, 4, 5, 9]:
    print('lower_bound', t, '->', lower_bound(dups, t))
words = sorted(['pear', 'apple', 'fig', 'kiwi', 'banana', 'cherry'])
print(words, binary_search(words, 'kiwi'), binary_search(words, 'grape'))
