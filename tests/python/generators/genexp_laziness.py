# generator expressions evaluate lazily, one item per request
def src():
    for i in range(4):
        print('  produce', i)
        yield i
ge = (x * 10 for x in src())
print('genexp created')
print(next(ge))
print('between')
print(list(ge))
ge2 = (print('  side effect', x) or x for x in [1, 2])
print(type(ge2).__name__)
print(sum(ge2))
print(sum(ge2), 'exhausted')
nested = ((x, y) for x in range(3) if x != 1 for y in 'ab' if (x, y) != (2, 'b'))
print(list(nested))
