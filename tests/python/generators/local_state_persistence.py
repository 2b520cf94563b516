# local variables, loop state and nested blocks persist across yields
def stateful():
    total = 0
    seen = []
    for i in range(3):
        with_block = f'iter{i}'
        total += i
        seen.append(with_block)
        received = yield (i, total, list(seen))
        if received:
            total += received
    yield ('final', total)
g = stateful()
print(next(g))
print(g.send(100))
print(next(g))
print(next(g))
def two_independent():
    n = 0
    while True:
        n += 1
        yield n
a, b = two_independent(), two_independent()
print(next(a), next(a), next(a), next(b))
