# tuple packing/unpacking: swaps, rotations and left-to-right target assignment
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = y, z, x
print(x, y, z)
lst = [0, 0, 0]
i = 0
i, lst[i] = 2, 'set'
print(i, lst)
d = {}
k, d[k] = 'key', 'value'
print(d)
nums = [1, 2, 3]
nums[0], nums[2] = nums[2], nums[0]
print(nums)
p = [10, 20]
p[0], p[1] = p[1], p[0] + p[1]
print(p)
fib = [0, 1]
for _ in range(8):
    fib[0], fib[1] = fib[1], fib[0] + fib[1]
print(fib)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
(a, b), c = [1, 2], 3
[a, [b, c]] = (4, (5, 6))
print(a, b, c)
