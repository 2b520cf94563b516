# star-unpacking from generators in assignments, calls and displays
def gen(n):
    for i in range(n):
        yield i
first, *middle, last = gen(5)
print(first, middle, last)
*init, tail = gen(1)
print(init, tail)
print([*gen(3), *gen(2)], (*gen(2),), {*gen(3)})
print(max(*gen(4)), f'{[*gen(2)]}')
def args(*a): return a
print(args(*gen(3), 'x', *gen(1)))
try:
    a, b = gen(3)
except ValueError as e:
    print('ValueError:', e)
try:
    a, b, c = gen(2)
except ValueError as e:
    print('ValueError:', e)
try:
    x, *y, z = gen(1)
except ValueError as e:
    print('ValueError:', e)
d = {**dict(zip(gen(2), 'ab'))}
print(d)
