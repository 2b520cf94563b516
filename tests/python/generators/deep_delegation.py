# deep chains of yield from delegation
def nest(depth):
    if depth == 0:
        received = yield 'bottom'
        return f'bottom got {received}'
    result = yield from nest(depth - 1)
    return result + f' <{depth}>' if depth % 25 == 0 else result
g = nest(100)
print(next(g))
try:
    g.send('msg')
except StopIteration as e:
    print(e.value)
def count_down(n):
    if n:
        yield n
        yield from count_down(n - 1)
print(sum(count_down(200)), len(list(count_down(300))))
