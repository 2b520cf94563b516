# global and nonlocal declarations
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def make_global():
    global created
    created = 'made inside function'
make_global()
print(created)
def outer():
    x = 'outer'
    def inner():
        nonlocal x
        x = 'changed by inner'
    inner()
    return x
print(outer())
def acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
a = acc()
print(a(5), a(10), a(-3))
def two_levels():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v *= 10
        inner()
        inner()
    mid()
    return v
print(two_levels())
