# generator functions defined in closures capture enclosing variables by cell
def make_counter_gen(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen
by2, by5 = make_counter_gen(2), make_counter_gen(5)
print(list(by2(4)), list(by5(3)))
def outer():
    prefix = 'a'
    def gen():
        yield prefix + '1'
        yield prefix + '2'
    g = gen()
    first = next(g)
    prefix = 'b'
    return first, next(g)
print(outer())
def accumulate_into():
    results = []
    def sink():
        while True:
            results.append((yield))
    s = sink()
    next(s)
    for w in 'xyz':
        s.send(w)
    return results
print(accumulate_into())
