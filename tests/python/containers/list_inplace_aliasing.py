# += mutates in place (aliases see it) while + builds a new list
a = [1, 2]
alias = a
a += [3]
print(a, alias, a is alias)
a = a + [4]
print(a, alias, a is alias)
b = [0]
b += (1, 2)
b += 'ab'
b += range(2)
b += {'k': 1}
print(b)
try:
    b = b + (1,)
except TypeError as e:
    print('TypeError:', e)
c = [1]
d = c
c *= 3
print(c, d is c)
c *= 0
print(c, d)
grid = [[0] * 3] * 2
grid[0][0] = 'X'
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 'X'
print(grid)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError:', e)
print(t)
