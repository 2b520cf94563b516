# return: implicit None, multiple values as tuples, early returns from loops and nested blocks
def nothing(): pass
def bare(): return
def many(): return 1, 'two', [3]
def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
    return None
def from_while():
    n = 0
    while True:
        n += 1
        if n * n > 50:
            return n
def from_with():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): print('exit runs before value is returned')
    with CM():
        return 'from with'
print(nothing(), bare(), many(), type(many()).__name__)
a, b, c = many()
print(a, b, c)
print(first_negative([3, 1, -4, -1]), first_negative([1]))
print(from_while(), from_with())
def star_return(): return *[1, 2], 3
print(star_return())
