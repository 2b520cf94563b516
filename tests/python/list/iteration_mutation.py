# iteration patterns with lists
nums = [10, 20, 30]
for i, n in enumerate(nums):
    print(i, n)
for i in range(len(nums)):
    nums[i] += 1
print(nums)
for a, b in zip(nums, nums[1:]):
    print('pair', a, b)
items = [1, 2, 3, 4, 5, 6]
evens = [x for x in items if x % 2 == 0]
print(evens)
copy = items[:]
for x in copy:
    if x % 2:
        items.remove(x)
print(items)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
grow = [1]
for x in grow:
    if x < 5:
        grow.append(x + 1)
print(grow)
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1])
print(list(enumerate('ab', start=5)))
