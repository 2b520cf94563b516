# iterating ranges with negative steps and in nested loops
for i in range(3, -4, -2):
    print(i, end=',')
print('|')
total = 0
for i in range(1, 11):
    for j in range(i):
        total += j
print(total)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, 'done'))
r = range(5)
print(list(r), list(r))
print([i for i in range(20, 0, -5)], list(range(-10, -1, 4)))
print(list(zip(range(3), range(10, 13))))
