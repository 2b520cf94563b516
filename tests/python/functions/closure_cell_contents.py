# __closure__ holds cell objects; cell_contents reads (and writes) them
def make(a, b):
    def f():
        return a, b
    return f
f = make(1, 'two')
print(f.__code__.co_freevars, len(f.__closure__), [c.cell_contents for c in f.__closure__])
print(type(f.__closure__[0]).__name__)
f.__closure__[0].cell_contents = 'changed'
print(f())
def no_free(): pass
print(no_free.__closure__)
def outer():
    def inner():
        return x
    cells = inner.__closure__
    try:
        cells[0].cell_contents
    except ValueError as e:
        print('ValueError:', e)
    x = 5
    print(cells[0].cell_contents)
outer()
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c.__closure__[0].cell_contents)
