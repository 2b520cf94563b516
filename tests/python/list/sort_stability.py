# sort is stable; sorted() returns a new list
people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc)
print(sorted(people, key=lambda p: (-p[1], p[0])))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
print(nums)
print(sorted('hello'), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
data = [3, 1, 2]
data.sort()
print(data, data.sort())
