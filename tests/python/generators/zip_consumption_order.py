# zip pulls from iterators left to right and may consume one extra item
def noisy(name, n):
    for i in range(n):
        print(f'  {name} yields {i}')
        yield i
print(list(zip(noisy('long', 5), noisy('short', 2))))
it = iter([1, 2, 3, 4])
print(list(zip(it, 'ab')), list(it))
it = iter([1, 2, 3, 4])
print(list(zip('ab', it)), list(it))
g = noisy('g', 3)
print(list(zip(g, g)))
print(list(zip()), list(zip([1])))
