# close() is forwarded to the delegate before the delegating generator is closed
def inner():
    try:
        yield 1
        yield 2
    finally:
        print('  inner finally')
def outer():
    try:
        yield from inner()
    finally:
        print('  outer finally')
g = outer()
print(next(g))
g.close()
print('closed', g.gi_frame is None)
def inner_returns_on_exit():
    try:
        yield 'x'
    except GeneratorExit:
        print('  inner sees GeneratorExit')
        raise
def outer2():
    try:
        yield from inner_returns_on_exit()
    except GeneratorExit:
        print('  outer sees GeneratorExit')
        raise
g = outer2()
next(g)
g.close()
print(g.gi_yieldfrom)
