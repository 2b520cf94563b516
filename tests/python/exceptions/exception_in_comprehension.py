# exceptions escaping comprehensions and generator expressions mid-way
seen = []
def check(x):
    seen.append(x)
    if x == 3:
        raise ValueError(f'bad item {x}')
    return x * 2
try:
    result = [check(x) for x in range(6)]
except ValueError as e:
    print(e, seen)
try:
    d = {x: 10 // (x - 2) for x in range(4)}
except ZeroDivisionError as e:
    print('dict comp:', e)
gen = (check(x) for x in [1, 3, 5])
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print('genexp:', e)
print(next(gen, 'generator finished after exception'))
try:
    total = sum(1 / x for x in [1, 2, 0])
except ZeroDivisionError as e:
    print('sum over genexp:', e)
