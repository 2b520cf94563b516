# free variables live in cells shared between closures
def pair():
    shared = []
    def push(v):
        shared.append(v)
    def peek():
        return list(shared)
    return push, peek
push, peek = pair()
push('a'); push('b')
print(peek())
def adder(n):
    return lambda x: x + n
add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1))
def outer():
    v = 1
    f = lambda: v
    v = 2           # the closure sees the cell's current value
    return f()
print(outer())
def counter_gen():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s = counter_gen()
print([s() for _ in range(5)])
def three_level(a):
    def two(b):
        def one(c):
            return a + b + c
        return one
    return two
print(three_level(1)(10)(100))
