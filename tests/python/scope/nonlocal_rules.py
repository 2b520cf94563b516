# nonlocal rebinding vs. mutation, independent closures
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc1, get1 = make_counter()
inc2, get2 = make_counter()
inc1(); inc1(); inc2()
print(get1(), get2())
def mutate_without_nonlocal():
    items = []
    def add(x):
        items.append(x)   # mutation needs no declaration
    add(1); add(2)
    return items
print(mutate_without_nonlocal())
def nearest_enclosing():
    x = 'outer'
    def middle():
        x = 'middle'
        def inner():
            nonlocal x
            x = 'set by inner'
        inner()
        return x
    m = middle()
    return x, m
print(nearest_enclosing())
def nonlocal_sees_later_assignment():
    def show():
        return value
    value = 'assigned after def'
    return show()
print(nonlocal_sees_later_assignment())
